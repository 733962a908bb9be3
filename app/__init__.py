"""SafeSteps: an offline, guided safety checklist."""

from importlib import metadata as _metadata


def _version() -> str:
    try:
        return _metadata.version("safesteps")
    except _metadata.PackageNotFoundError:  # running from a source tree that is not installed
        import tomllib
        from pathlib import Path

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            with pyproject.open("rb") as fh:
                return tomllib.load(fh)["project"]["version"]
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _version()
APP_NAME = "SafeSteps"
