"""Rendering with QtGui (no widgets): the handout PDF, QR code images, and the `handout` command."""
