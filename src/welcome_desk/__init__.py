"""Welcome Desk: the Maison Internationale's desk for incoming international newcomers."""

__version__ = "0.1.0"
