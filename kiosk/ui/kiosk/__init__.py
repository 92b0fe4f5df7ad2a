"""The self-service kiosk: a customer serves themselves on a touch screen, and leaves nothing behind.

The face over the same core as the counter (kiosk.services): its screens live here, the widgets it
shares with the counter (PIN pad, the card's codes, the enrolment wizard, the keyboard) in kiosk.ui.common.
"""
