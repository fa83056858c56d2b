"""The desktop program (PySide6). Imports app.model and friends; nothing imports it back."""
