"""Qt-free core of SafeSteps: content, store, estimators, QR payloads, handouts."""
