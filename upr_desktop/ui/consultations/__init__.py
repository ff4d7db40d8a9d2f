"""The Consultations page: list, form with recommendations picked by search, and its follow-up actions."""
