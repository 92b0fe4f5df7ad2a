"""The core without a screen: what the command line and the Qt services both use."""
