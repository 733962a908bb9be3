"""Shared by packaging/build.py, packaging/safesteps.spec and the hooks in packaging/pyinstaller-hooks/.

What this module decides:
- the version (pyproject.toml [project].version, read with tomllib; nothing else may set it);
- which resource files go into the bundle (resources/ without the .ts sources);
- which Qt plugins and Qt translations are kept (an allow-list per platform, see QT_PLUGINS);
- the app icon: PNGs rendered from packaging/icons/safesteps.svg with Qt, plus .ico and .icns written here
  (both formats are simple containers of bitmaps; no Pillow needed).

Run `python packaging/buildlib.py icons OUT_DIR` to render the icons alone.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICON_SVG = PACKAGING / "icons" / "safesteps.svg"
ICON_BUILD_DIR = BUILD / "icons"

APP_NAME = "SafeSteps"
APP_NAME_ZH_CN = "安心清单"
APP_NAME_ZH_TW = "安心清單"
APP_ID = "io.github.safesteps.SafeSteps"  # AppStream id, desktop file id, macOS bundle identifier
EXE_NAME = "safesteps"

# hicolor sizes; .ico and .icns take the sizes they need from these plus 1024 (macOS 512@2x).
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The release numbers of a PEP 440 version, padded to four (Windows version resources): 1.2rc1 -> 1.2.0.0."""
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(part) for part in release.group(0).split(".")][:4] if release else []
    return tuple(numbers + [0] * (4 - len(numbers)))


def platform_key() -> str:
    if sys.platform.startswith("linux"):
        return "linux"
    if sys.platform == "darwin":
        return "darwin"
    if sys.platform == "win32":
        return "win32"
    return sys.platform


# --- resources ---------------------------------------------------------------------------------------------

def resource_datas() -> list[tuple[str, str]]:
    """(source file, folder in the bundle) for everything under resources/ except the .ts sources.
    Fails when a .ts has no up-to-date .qm next to it (run `make translations`)."""
    resources = ROOT / "resources"
    stale = [ts.name for ts in sorted((resources / "i18n").glob("*.ts"))
             if not ts.with_suffix(".qm").is_file() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        raise SystemExit(f"Compiled translations missing or older than their .ts: {', '.join(stale)}. "
                         "Run `make translations` (pyside6-lrelease) first.")
    datas = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix != ".ts" and "__pycache__" not in path.parts:
            datas.append((str(path), str(path.parent.relative_to(ROOT))))
    return datas


# --- Qt: which plugins and translations are kept -----------------------------------------------------------

_ALL = None  # every plugin of that type
# plugin type -> platform ("*" = every platform) -> plugin names (file name without lib prefix and suffix).
QT_PLUGINS: dict[str, dict[str, set[str] | None]] = {
    "platforms": {
        "linux": {"qxcb", "qwayland", "qwayland-generic", "qwayland-egl", "qoffscreen"},
        "darwin": {"qcocoa", "qoffscreen"},
        "win32": {"qwindows", "qoffscreen"},  # offscreen: `--self-test` on a machine without a display
    },
    "imageformats": {"*": {"qsvg"}},  # PNG is built into QtGui
    "iconengines": {"*": {"qsvgicon"}},  # SVG icons from the desktop icon theme
    "styles": {"*": _ALL},  # qmodernwindowsstyle on Windows, qmacstyle on macOS (none on Linux)
    "platforminputcontexts": {"linux": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}},
    "platformthemes": {"linux": {"qxdgdesktopportal"}},  # portal file dialogs (not gtk3: it pulls in GTK)
    "xcbglintegrations": {"linux": {"qxcb-glx-integration", "qxcb-egl-integration"}},
    "wayland-shell-integration": {"linux": {"xdg-shell"}},
    "wayland-decoration-client": {"linux": {"bradient", "adwaita"}},
    "wayland-graphics-integration-client": {"linux": {"qt-plugin-wayland-egl"}},
    "printsupport": {"*": _ALL},  # only collected at all if the app imports QtPrintSupport
}
QT_TRANSLATIONS = {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"}
# Qt libraries that must never be in the bundle (the app uses widgets, not QML / Quick / WebEngine).
FORBIDDEN_QT = re.compile(r"Qt6?(Qml|Quick|WebEngine|Designer|Pdf|3D|Multimedia|Charts)|[/\\]qml[/\\]")


def _plugin_name(filename: str) -> str:
    name = os.path.basename(filename)
    for suffix in (".so", ".dylib", ".dll"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if sys.platform != "win32" and name.startswith("lib"):
        name = name[3:]
    return name


def qt_plugin_type(dest_path: str) -> str | None:
    """The plugin type of a bundle path like PySide6/Qt/plugins/platforms/libqxcb.so, else None."""
    parts = re.split(r"[/\\]", dest_path)
    if "PySide6" in parts and "plugins" in parts:
        index = parts.index("plugins")
        if index + 2 < len(parts):
            return parts[index + 1]
    return None


def keep_qt_plugin(plugin_type: str, filename: str) -> bool:
    rules = QT_PLUGINS.get(plugin_type)
    if rules is None:
        return False
    for platform in ("*", platform_key()):
        if platform in rules:
            names = rules[platform]
            if names is _ALL or _plugin_name(filename) in names:
                return True
    return False


def is_qt_translation(dest_path: str) -> bool:
    parts = re.split(r"[/\\]", dest_path)
    return "PySide6" in parts and "translations" in parts and dest_path.endswith(".qm")


def keep_qt_path(dest: str) -> bool:
    """Whether a file at this path in the bundle may stay: Qt plugins and Qt translations only when allowed."""
    plugin_type = qt_plugin_type(dest)
    if plugin_type is not None:
        return keep_qt_plugin(plugin_type, dest)
    if is_qt_translation(dest):
        return os.path.basename(dest) in QT_TRANSLATIONS
    return True


def qt_hook(hook_file: str):
    """A PySide6 module hook that collects what PyInstaller's own hook does, minus the Qt plugins and translations
    we do not ship. Used by packaging/pyinstaller-hooks/hook-PySide6.*.py (they take precedence over the
    built-in hooks because the spec passes that folder as `hookspath`)."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    # hook results are (source file, destination folder)
    binaries = [(src, dest) for src, dest in binaries if keep_qt_path(os.path.join(dest, os.path.basename(src)))]
    datas = [(src, dest) for src, dest in datas if keep_qt_path(os.path.join(dest, os.path.basename(src)))]
    return hiddenimports, binaries, datas


def filter_toc(toc, what: str):
    """Safety net after Analysis: drop Qt plugins/translations outside the allow-list (e.g. from a Qt module without
    an override hook) and refuse QML / Quick / WebEngine."""
    kept = [entry for entry in toc if keep_qt_path(entry[0])]
    dropped = [entry[0] for entry in toc if not keep_qt_path(entry[0])]
    forbidden = [entry[0] for entry in kept if FORBIDDEN_QT.search(entry[0])]
    if forbidden:
        raise SystemExit(f"Unwanted Qt modules in the bundle ({what}): {forbidden[:10]}. SafeSteps uses Qt Widgets "
                         "only; find which import pulls them in (build/pyinstaller/work/.../xref-*.html).")
    if dropped:
        print(f"buildlib: dropped {len(dropped)} Qt file(s) from {what} after analysis "
              f"(add an override hook in packaging/pyinstaller-hooks/ so their dependencies are not collected): "
              f"{dropped[:8]}", file=sys.stderr)
    return kept


# --- Linux: libraries taken from the system rather than the bundle ----------------------------------------

# Bundled from the build machine by default, but better taken from the user's system (the .deb depends on them):
# libstdc++/libgcc_s must be at least as new as what the system's GL driver wants; a bundled fontconfig older
# than the system's fonts.conf misreads it (lost CJK fonts); libdbus must speak to the running bus; libcups brings
# a long tail (GnuTLS, Kerberos, Avahi) that every desktop has anyway.
LINUX_SYSTEM_LIBS = {
    "libstdc++.so.6": "libstdc++6",
    "libgcc_s.so.1": "libgcc-s1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",  # Qt's CUPS print plugin (QtPrintSupport): the client must match the system
}
# Never bundled by PyInstaller (glibc, the GL stack, libxcb, Wayland): the Debian package that provides each.
LINUX_BASE_LIBS = {
    "libc.so.6": "libc6", "libm.so.6": "libc6", "libpthread.so.0": "libc6", "libdl.so.2": "libc6",
    "librt.so.1": "libc6", "libutil.so.1": "libc6", "libresolv.so.2": "libc6", "ld-linux-x86-64.so.2": "libc6",
    "libcrypt.so.1": "libcrypt1",
    "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1", "libOpenGL.so.0": "libopengl0", "libGLX.so.0": "libglx0",
    "libdrm.so.2": "libdrm2", "libxcb.so.1": "libxcb1",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def elf_needed(path) -> list[str] | None:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (its direct dependencies, unlike `ldd`), or None
    when the file is not such an ELF file."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    needed = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for pos in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, pos)
            if tag == 0:  # DT_NULL
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                needed.append(data[strtab_offset + value:end].decode())
    return needed


def _needed_sonames(path: str) -> list[str]:
    return elf_needed(path) or []


def prune_linux_binaries(binaries):
    """Drop LINUX_SYSTEM_LIBS from the bundle, then every collected library that nothing left in the bundle
    needs any more (the dependencies of the system libraries above, e.g. libsystemd via libdbus)."""
    if platform_key() != "linux":
        return binaries
    entries = [entry for entry in binaries if os.path.basename(entry[0]) not in LINUX_SYSTEM_LIBS]
    files = [entry for entry in entries if entry[2] != "SYMLINK"]

    def is_root(entry) -> bool:
        dest, _src, typecode = entry
        name = os.path.basename(dest)
        return (typecode == "EXTENSION" or qt_plugin_type(dest) is not None or name.startswith("libpython")
                or not name.startswith("lib"))

    by_name: dict[str, list] = {}
    for entry in files:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)
    reached: set[str] = set()
    queue = [entry for entry in files if is_root(entry)]
    while queue:
        entry = queue.pop()
        if entry[0] in reached:
            continue
        reached.add(entry[0])
        for soname in _needed_sonames(entry[1]):
            queue.extend(by_name.get(soname, []))
    # PyInstaller's SYMLINK entries point (relative to the bundle root) at a collected file.
    kept = [entry for entry in entries if (entry[1] if entry[2] == "SYMLINK" else entry[0]) in reached]
    kept_dests = {entry[0] for entry in kept}
    dropped = sorted({os.path.basename(entry[0]) for entry in binaries if entry[0] not in kept_dests})
    print(f"buildlib: not bundled (system libraries, or needed only by them): {', '.join(dropped)}",
          file=sys.stderr)
    return kept


# --- icons --------------------------------------------------------------------------------------------------

def render_pngs(svg: Path, out_dir: Path, sizes) -> dict[int, Path]:
    """Render `svg` to out_dir/safesteps-<size>.png with Qt's SVG renderer."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt's font/paint setup)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG for Qt")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"safesteps-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    return written


def _bmp_icon_entry(png: Path) -> bytes:
    """A 32-bit BGRA DIB as stored in .ico files (BITMAPINFOHEADER with double height + the AND mask)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png)).convertToFormat(QImage.Format.Format_ARGB32)  # little endian: B, G, R, A
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    data = bytes(image.constBits())
    rows = [data[y * stride: y * stride + width * 4] for y in range(height)]
    pixels = b"".join(reversed(rows))  # DIBs are stored bottom-up
    mask_stride = ((width + 31) // 32) * 4
    mask = bytes(mask_stride * height)  # all opaque in the mask; the alpha channel does the work
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(pixels) + len(mask), 0, 0, 0, 0)
    return header + pixels + mask


def write_ico(pngs: dict[int, Path], out: Path, sizes=(16, 24, 32, 48, 64, 128, 256)) -> Path:
    """A Windows .ico: BMP entries up to 64 px (what every consumer reads), PNG-compressed entries above
    (supported since Windows Vista, and what keeps the 256 px image small)."""
    images = []
    for size in sizes:
        payload = pngs[size].read_bytes() if size > 64 else _bmp_icon_entry(pngs[size])
        images.append((size, payload))
    offset = 6 + 16 * len(images)
    directory, blobs = b"", b""
    for size, payload in images:
        dim = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(payload), offset + len(blobs))
        blobs += payload
    out.write_bytes(struct.pack("<HHH", 0, 1, len(images)) + directory + blobs)
    return out


# OSType -> pixel size of the PNG it holds (Apple's icns types; PNG payloads are read since macOS 10.7).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))


def write_icns(pngs: dict[int, Path], out: Path) -> Path:
    chunks = b""
    for ostype, size in ICNS_TYPES:
        payload = pngs[size].read_bytes()
        chunks += ostype.encode("ascii") + struct.pack(">I", 8 + len(payload)) + payload
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
    return out


def build_icons(out_dir: Path = ICON_BUILD_DIR) -> dict[str, Path]:
    """PNGs at PNG_SIZES (+1024 for the .icns), safesteps.ico and safesteps.icns in out_dir."""
    pngs = render_pngs(ICON_SVG, out_dir, sorted(set(PNG_SIZES) | {1024}))
    return {
        "pngs": out_dir,
        "ico": write_ico(pngs, out_dir / "safesteps.ico"),
        "icns": write_icns(pngs, out_dir / "safesteps.icns"),
        "svg": ICON_SVG,
    }


def ensure_icons(out_dir: Path = ICON_BUILD_DIR) -> dict[str, Path]:
    """The icons, rendered in a child process when missing or older than the SVG (the spec runs inside
    PyInstaller, where we would rather not start a QGuiApplication)."""
    marker = out_dir / "safesteps.icns"
    if not marker.exists() or marker.stat().st_mtime < ICON_SVG.stat().st_mtime:
        subprocess.run([sys.executable, str(Path(__file__)), "icons", str(out_dir)], check=True)
    return {"pngs": out_dir, "ico": out_dir / "safesteps.ico", "icns": out_dir / "safesteps.icns", "svg": ICON_SVG}


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "icons":
        for key, path in build_icons(Path(sys.argv[2])).items():
            print(f"{key}: {path}")
    else:
        raise SystemExit("usage: buildlib.py icons OUT_DIR")
