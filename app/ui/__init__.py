"""Thin Qt widgets over app.core."""
