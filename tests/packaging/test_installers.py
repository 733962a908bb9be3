"""The installers, end to end: `make dist` once per session, then the Linux .deb is unpacked into a temporary root
(`dpkg-deb -x`) and the packaged app is run from there.

Slow (a full PyInstaller build: about a minute on 2 cores); select or skip it with `-m dist` / `-m "not dist"`.
Where a tool is missing (dpkg-deb, dbus-run-session, gnome-keyring-daemon, desktop-file-validate) the test is
skipped on a developer machine but fails on CI (CI=true): `.ci/run` installs all of them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import SimpleNamespace

import pytest
from system_tools import require_tool

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
DEB_LIMIT = 60 * 1000 * 1000  # bytes; the same limits as packaging/build.py
INSTALLED_LIMIT = 180 * 1000 * 1000
BUILD_TIMEOUT = 30 * 60
APP_ID = "io.github.safesteps.SafeSteps"

# A private session bus with an unlocked GNOME Keyring (secrets component only). The password is what creates
# the "login" collection in a fresh keyring folder; with an empty one the daemon creates none and every write
# fails ("Prompt dismissed"). Then the keyring is checked with a real set/get before the app runs.
KEYRING_SESSION = r"""
printf 'safesteps-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
"$PYTHON" -c '
import keyring
keyring.set_password("safesteps-dist-test", "user", "s3cret")
assert keyring.get_password("safesteps-dist-test", "user") == "s3cret", "keyring round trip failed"
' || exit 91
exec "$@"
"""


def packaging_module(name: str):
    """packaging/<name>.py as a module: build.py (the PEP 440 -> Debian version mapping) and check_bundle.py (the
    self-test lines every installer must print)."""
    spec = spec_from_file_location(f"safesteps_packaging_{name}", ROOT / "packaging" / f"{name}.py")
    module = module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def report(capsys, message: str) -> None:
    with capsys.disabled():
        print(f"\n[dist] {message}", flush=True)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Runs `make dist` (always: CI must prove that the build works) and keeps a copy of the artifacts."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb is built and checked on Linux; other systems: .github/workflows/installers.yml")
    require_tool("make")
    require_tool("dpkg-deb")
    started = time.monotonic()
    result = subprocess.run(["make", "dist"], cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    seconds = time.monotonic() - started
    assert result.returncode == 0, f"make dist failed:\n{result.stdout[-6000:]}\n{result.stderr[-6000:]}"
    version = packaging_module("check_bundle").project_version()
    debs = sorted((ROOT / "dist").glob("safesteps_*_amd64.deb"), key=lambda p: p.stat().st_mtime)
    tarballs = sorted((ROOT / "dist").glob(f"safesteps-{version}-linux-*.tar.gz"), key=lambda p: p.stat().st_mtime)
    assert debs and tarballs, f"no artifacts in dist/: {sorted(p.name for p in (ROOT / 'dist').iterdir())}"
    keep = tmp_path_factory.mktemp("artifacts")
    deb = Path(shutil.copy2(debs[-1], keep))  # another build in this tree may replace dist/ later
    tarball = Path(shutil.copy2(tarballs[-1], keep))
    return SimpleNamespace(version=version, deb=deb, tarball=tarball, seconds=seconds)


@pytest.fixture(scope="module")
def root(built, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(target)], check=True)
    return target


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), field], capture_output=True, text=True,
                          check=True).stdout.strip()


def app_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700, exist_ok=True)
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DBUS_", "WAYLAND_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_RUNTIME_DIR=str(runtime), SAFESTEPS_HOME=str(home / "safesteps"), QT_QPA_PLATFORM="offscreen",
               PYTHON=sys.executable)
    env.pop("DISPLAY", None)
    return env


def test_build_time_and_sizes(built, root, capsys):
    deb_size = built.deb.stat().st_size
    installed = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    installed_kib = int(deb_field(built.deb, "Installed-Size"))
    report(capsys, f"make dist took {built.seconds:.0f} s; {built.deb.name}: {deb_size / 1e6:.1f} MB; "
                   f"installed: {installed / 1e6:.1f} MB (Installed-Size {installed_kib} KiB); "
                   f"{built.tarball.name}: {built.tarball.stat().st_size / 1e6:.1f} MB")
    assert deb_size <= DEB_LIMIT
    assert installed <= INSTALLED_LIMIT
    assert installed_kib * 1024 >= installed  # dpkg reports at least what is really installed


def test_version_everywhere(built, root):
    version = built.version
    result = subprocess.run([str(root / "opt/safesteps/safesteps"), "--version"], capture_output=True, text=True,
                            timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"SafeSteps {version}"
    assert deb_field(built.deb, "Package") == "safesteps"
    deb_version = packaging_module("build").debian_version(version)
    assert deb_field(built.deb, "Version") == deb_version
    assert built.deb.name == f"safesteps_{deb_version}_amd64.deb"
    assert built.tarball.name == f"safesteps-{version}-linux-x86_64.tar.gz"
    metainfo = (root / f"usr/share/metainfo/{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f'<release version="{version}"' in metainfo


def test_self_test_with_secret_service(built, root, tmp_path):
    require_tool("dbus-run-session")
    require_tool("gnome-keyring-daemon")
    app = root / "opt/safesteps/safesteps"
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", KEYRING_SESSION, "sh",
                             str(app), "--self-test", "--require-keyring"],
                            capture_output=True, text=True, timeout=300, env=app_env(tmp_path))
    output = result.stdout
    assert result.returncode not in (90, 91), f"keyring session not usable (exit {result.returncode}):\n" \
                                              f"{result.stderr[-3000:]}"
    assert result.returncode == 0, f"self-test failed (exit {result.returncode}):\n{output}\n{result.stderr[-3000:]}"
    secret_service = r"^PASS keyring: keyring\.backends\.SecretService\.Keyring$"
    problems = packaging_module("check_bundle").self_test_problems(output, keyring_pattern=secret_service)
    assert not problems, f"{problems}\n{output}"


def test_desktop_integration(root):
    desktop = root / f"usr/share/applications/{APP_ID}.desktop"
    validator = require_tool("desktop-file-validate")
    result = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
    assert result.returncode == 0 and "error:" not in result.stdout, result.stdout + result.stderr
    text = desktop.read_text(encoding="utf-8")
    for line in ("Name[zh_CN]=安心清单", "Name[zh_TW]=安心清單", "Exec=safesteps", "Icon=safesteps"):
        assert line in text.splitlines()
    assert re.search(r"^Comment\[zh_CN\]=.+", text, re.MULTILINE)
    assert re.search(r"^Comment\[zh_TW\]=.+", text, re.MULTILINE)
    metainfo = root / f"usr/share/metainfo/{APP_ID}.metainfo.xml"
    metainfo_text = metainfo.read_text(encoding="utf-8")
    assert '<name xml:lang="zh_CN">安心清单</name>' in metainfo_text
    assert '<name xml:lang="zh_TW">安心清單</name>' in metainfo_text
    if shutil.which("appstreamcli") or os.environ.get("CI"):
        result = subprocess.run([require_tool("appstreamcli"), "validate", "--no-net", str(metainfo)],
                                capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    icons = root / "usr/share/icons/hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = icons / f"{size}x{size}/apps/safesteps.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width
    assert (icons / "scalable/apps/safesteps.svg").is_file()
    launcher = root / "usr/bin/safesteps"
    assert launcher.is_symlink() and os.readlink(launcher) == "/opt/safesteps/safesteps"


def test_bundle_contents(root):
    internal = root / "opt/safesteps/_internal"
    resources = internal / "resources"
    # every resource file of the source tree except the .ts sources, and the compiled translations
    source = ROOT / "resources"
    expected = {p.relative_to(source) for p in source.rglob("*") if p.is_file() and p.suffix != ".ts"
                and "__pycache__" not in p.parts}
    assert {p.relative_to(resources) for p in resources.rglob("*") if p.is_file()} == expected
    assert {p.name for p in (resources / "i18n").iterdir()} >= {"safesteps_zh_CN.qm", "safesteps_zh_TW.qm"}
    assert not list(resources.rglob("*.ts"))
    qt = internal / "PySide6/Qt"
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_zh_CN.qm", "qtbase_zh_TW.qm"]
    platforms = {p.name for p in (qt / "plugins/platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= platforms
    assert {p.name for p in (qt / "plugins/imageformats").iterdir()} == {"libqsvg.so"}
    names = [str(p.relative_to(internal)) for p in internal.rglob("*")]
    unwanted = [n for n in names if re.search(r"Qt6?(Qml|Quick|WebEngine)|/qml/", n)]
    assert not unwanted, unwanted
    # keyring finds its backends through entry points: its metadata must be in the bundle
    entry_points = next(internal.glob("keyring-*.dist-info")) / "entry_points.txt"
    assert "keyring.backends" in entry_points.read_text()
    assert list(internal.glob("secretstorage-*.dist-info")) and list(internal.glob("jeepney-*.dist-info"))
