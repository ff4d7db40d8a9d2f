"""The Follow-up actions page and the action dialog (also used from the Consultations page)."""
