"""Widgets both faces share: the counter's and the kiosk's, each in its own clothes."""
