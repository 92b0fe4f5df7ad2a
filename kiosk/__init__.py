"""kiosk: a loyalty terminal for shops (counter and self-service kiosk)."""

__version__ = "0.1.0"
