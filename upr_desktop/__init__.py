"""UPR Desktop: follow up on the UN Universal Periodic Review, offline, as a coalition."""

__version__ = "0.1.0"
