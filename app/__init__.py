"""Dalel — offline body-camera custody workstation."""

__version__ = "0.1.0"
