"""Figures and the reports coalitions publish: metrics in SQL, a document model, xlsx (and, via ui/, PDF)."""
