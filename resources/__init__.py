"""The app's resources (icons, style sheets, translations, desktop entries), installed as the package `kiosk.resources`.

Found at run time by kiosk.paths.resources_dir(), never by a path of one's own.
"""
