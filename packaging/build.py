"""Build the SafeSteps installers into dist/ (`make dist` runs this with the venv's Python).

    Linux:   dist/safesteps-<version>-linux-x86_64.tar.gz and dist/safesteps_<version>_amd64.deb
    macOS:   dist/SafeSteps-<version>-macos-<arch>.dmg        (packaging/macos/make-dmg.sh)
    Windows: dist/SafeSteps-<version>-windows-x64-setup.exe   (Inno Setup, packaging/windows/safesteps.iss)

Steps: render the icons (packaging/icons/safesteps.svg -> build/icons), run PyInstaller on packaging/safesteps.spec
(one-folder bundle in build/pyinstaller/dist/safesteps), check that the bundle starts and reports the version from
pyproject.toml, then package it for the platform. On Linux the shared libraries are stripped, the .desktop file
and the AppStream metainfo are validated (desktop-file-validate, `appstreamcli validate --no-net`; a missing tool
is skipped locally but fails on CI), and the size limits are enforced (.deb <= 60 MB, installed <= 180 MB).

Work files go to build/, artifacts to dist/. Concurrent runs in the same tree wait for each other (a lock file in
build/). The version comes only from pyproject.toml.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as _dt
import gzip
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import buildlib  # noqa: E402
import check_bundle  # noqa: E402
from buildlib import APP_ID, BUILD, DIST, EXE_NAME, PACKAGING, ROOT  # noqa: E402

PYI_DIST = BUILD / "pyinstaller" / "dist"
PYI_WORK = BUILD / "pyinstaller" / "work"
BUNDLE = PYI_DIST / EXE_NAME
DEB_LIMIT = 60 * 1000 * 1000  # bytes (decimal MB, the stricter reading)
INSTALLED_LIMIT = 180 * 1000 * 1000
ON_CI = bool(os.environ.get("CI"))
# Placeholder until the project has a public contact address (Debian policy wants a name and an e-mail address).
MAINTAINER = "SafeSteps developers <maintainers@safesteps.invalid>"


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    log("$ " + " ".join(str(part) for part in cmd))
    return subprocess.run([str(part) for part in cmd], check=True, **kwargs)


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB ({size / 2**20:.1f} MiB)"


@contextlib.contextmanager
def step(name: str):
    started = time.monotonic()
    yield
    log(f"{name}: {time.monotonic() - started:.0f} s")


@contextlib.contextmanager
def build_lock():
    """One build at a time per tree (tests and developers may run `make dist` at the same moment)."""
    BUILD.mkdir(exist_ok=True)
    with open(BUILD / ".build.lock", "w") as fh:
        if sys.platform != "win32":
            import fcntl

            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                log("another build is running in this tree; waiting for it")
                fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def source_date() -> _dt.datetime:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return _dt.datetime.fromtimestamp(int(epoch), tz=_dt.timezone.utc)
    return _dt.datetime.now(tz=_dt.timezone.utc)


def check_installed_version(version: str) -> None:
    """The bundle takes the version from the installed metadata (app/__init__.py); it must match pyproject."""
    from importlib import metadata

    installed = metadata.version("safesteps")
    if installed != version:
        raise SystemExit(f"The installed safesteps metadata says {installed} but pyproject.toml says {version}: "
                         "reinstall it (`make venv`, or pip install --no-deps -e .).")


def pyinstaller() -> None:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    run([sys.executable, "-m", "PyInstaller", PACKAGING / "safesteps.spec", "--noconfirm", "--clean",
         "--log-level", "WARN", "--distpath", PYI_DIST, "--workpath", PYI_WORK], cwd=ROOT)


def bundle_executable(bundle: Path = BUNDLE) -> Path:
    return bundle / (EXE_NAME + (".exe" if sys.platform == "win32" else ""))


def smoke_check(executable: Path) -> None:
    """`--version` must print the pyproject version and `--self-test` must pass (offscreen; keyring optional:
    the build machine may have none; CI checks with --require-keyring)."""
    if check_bundle.main([str(executable)]) != 0:
        raise SystemExit(f"{executable} failed its smoke test (see above)")


def tree_size(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# --- Linux -------------------------------------------------------------------------------------------------

def strip_shared_libraries(bundle: Path) -> None:
    """`strip --strip-unneeded` every shared library (the dynamic symbol table stays, so this is what Debian does
    to every library it ships). Never the executable: PyInstaller appends its archive to it. Skipped for files
    with a .hmac/.chk checksum beside them (FIPS self-checks)."""
    strip = shutil.which("strip")
    if strip is None:
        message = "strip (binutils) not found: the shared libraries stay unstripped"
        if ON_CI:
            raise SystemExit(message)
        log("WARNING: " + message)
        return
    before = tree_size(bundle)
    libraries = [p for p in bundle.rglob("*.so*") if p.is_file() and not p.is_symlink()
                 and buildlib.elf_needed(p) is not None
                 and not p.with_name(p.name + ".hmac").exists() and not p.with_name("." + p.name + ".hmac").exists()
                 and not p.with_suffix(".chk").exists()]
    for start in range(0, len(libraries), 50):
        subprocess.run([strip, "--strip-unneeded", *map(str, libraries[start:start + 50])], check=True)
    log(f"stripped {len(libraries)} shared libraries: {mb(before)} -> {mb(tree_size(bundle))}")


def debian_version(version: str) -> str:
    """PEP 440 -> Debian: 1.2.0rc1 -> 1.2.0~rc1 (sorts before 1.2.0), 1.2.0.post1 -> 1.2.0+post1."""
    version = re.sub(r"[.-]?(a|b|rc|alpha|beta|c)(\d*)", r"~\1\2", version)
    version = re.sub(r"[.-]?dev(\d*)", r"~dev\1", version)
    return re.sub(r"[.-]?post(\d*)", r"+post\1", version)


def linux_depends(bundle: Path) -> str:
    """The Depends: line: the packages of every library the bundle needs but does not contain. Fails on a library
    that is neither bundled nor known (add it to buildlib.LINUX_BASE_LIBS / LINUX_SYSTEM_LIBS)."""
    provided, needed, glibc = set(), set(), (2, 17)
    for path in bundle.rglob("*"):
        if path.is_file() or path.is_symlink():
            provided.add(path.name)
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        sonames = buildlib.elf_needed(path)
        if sonames is None:
            continue
        needed.update(sonames)
        for major, minor in re.findall(rb"GLIBC_(\d+)\.(\d+)\x00", path.read_bytes()):
            glibc = max(glibc, (int(major), int(minor)))
    missing = sorted(needed - provided)
    known = {**buildlib.LINUX_BASE_LIBS, **buildlib.LINUX_SYSTEM_LIBS}
    unknown = [soname for soname in missing if soname not in known]
    if unknown:
        raise SystemExit(f"The bundle needs system libraries with no known Debian package: {unknown}. "
                         "Add them to LINUX_BASE_LIBS in packaging/buildlib.py (or bundle them).")
    packages = sorted({known[soname] for soname in missing})
    return ", ".join(f"libc6 (>= {glibc[0]}.{glibc[1]})" if package == "libc6" else package for package in packages)


def install_desktop_files(root: Path, prefix: str, version: str) -> dict[str, Path]:
    """The .desktop file, the hicolor icons and the AppStream metainfo under root/prefix/share."""
    share = root / prefix / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    desktop.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PACKAGING / "linux" / f"{APP_ID}.desktop", desktop)
    for size in buildlib.PNG_SIZES:
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "safesteps.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(buildlib.ICON_BUILD_DIR / f"safesteps-{size}.png", target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / "safesteps.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(buildlib.ICON_SVG, scalable)
    metainfo = share / "metainfo" / f"{APP_ID}.metainfo.xml"
    metainfo.parent.mkdir(parents=True, exist_ok=True)
    template = (PACKAGING / "linux" / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    metainfo.write_text(template.replace("@VERSION@", version)
                        .replace("@DATE@", source_date().strftime("%Y-%m-%d")), encoding="utf-8")
    return {"desktop": desktop, "metainfo": metainfo}


def validate(tool: str, args: list, what: Path) -> None:
    if shutil.which(tool) is None:
        message = f"{tool} not found: {what.name} not validated"
        if ON_CI:
            raise SystemExit(message + " (install desktop-file-utils / appstream)")
        log("WARNING: " + message)
        return
    result = subprocess.run([tool, *args, str(what)], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if output:
        print(output)
    if result.returncode != 0 or re.search(r"(^|: )error: ", output):
        raise SystemExit(f"{tool} rejected {what.name}")
    log(f"{tool}: {what.name} ok")


def normalize_permissions(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if path.stat().st_mode & 0o111 else 0o644)


def build_deb(version: str) -> Path:
    root = BUILD / "deb" / "root"
    shutil.rmtree(root.parent, ignore_errors=True)
    shutil.copytree(BUNDLE, root / "opt" / "safesteps", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "safesteps").symlink_to("/opt/safesteps/safesteps")
    files = install_desktop_files(root, "usr", version)
    doc = root / "usr" / "share" / "doc" / "safesteps"
    doc.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "linux" / "copyright", doc / "copyright")
    validate("desktop-file-validate", [], files["desktop"])
    validate("appstreamcli", ["validate", "--no-net"], files["metainfo"])
    normalize_permissions(root)

    installed = tree_size(root)
    # Installed-Size as dpkg-gencontrol counts it: KiB per file, rounded up, plus one per directory and link.
    kib = sum(-(-p.lstat().st_size // 1024) if p.is_file() and not p.is_symlink() else 1 for p in root.rglob("*"))
    control = root / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: safesteps\n"
        f"Version: {debian_version(version)}\n"
        f"Architecture: amd64\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {kib}\n"
        f"Depends: {linux_depends(BUNDLE)}\n"
        f"Recommends: fonts-noto-cjk\n"
        f"Suggests: gnome-keyring\n"
        f"Section: utils\n"
        f"Priority: optional\n"
        f"Description: offline checklist against harassment and fraud (安心清单 / 安心清單)\n"
        f" SafeSteps helps you, or a parent you look after, stay safe from the harassment and\n"
        f" fraud that follow a leaked phone number: wipe an old phone, keep a separate card for\n"
        f" quick payments, use strong passwords and PINs, never share verification codes, check\n"
        f" before transferring money and report harassment in your region. Simplified Chinese,\n"
        f" Traditional Chinese and English. Works offline; nothing leaves your computer.\n",
        encoding="utf-8")
    control.chmod(0o644)
    DIST.mkdir(exist_ok=True)
    deb = DIST / f"safesteps_{debian_version(version)}_amd64.deb"
    deb.unlink(missing_ok=True)
    run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb])
    log(f".deb: {deb.name} {mb(deb.stat().st_size)}, installed {mb(installed)} (Installed-Size: {kib} KiB)")
    problems = []
    if deb.stat().st_size > DEB_LIMIT:
        problems.append(f".deb is {mb(deb.stat().st_size)}, over the {mb(DEB_LIMIT)} limit")
    if installed > INSTALLED_LIMIT:
        problems.append(f"installed size is {mb(installed)}, over the {mb(INSTALLED_LIMIT)} limit")
    if problems:
        raise SystemExit("; ".join(problems))
    return deb


def build_tarball(version: str) -> Path:
    """safesteps-<version>/: the bundle (run ./safesteps) plus share/ with the .desktop file, icons, metainfo."""
    top = f"safesteps-{version}"
    stage = BUILD / "tarball"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(BUNDLE, stage / top, symlinks=True)
    install_desktop_files(stage / top, "", version)
    normalize_permissions(stage)
    mtime = int(source_date().timestamp())

    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = mtime
        return info

    DIST.mkdir(exist_ok=True)
    tarball = DIST / f"safesteps-{version}-linux-{platform.machine()}.tar.gz"
    with open(tarball, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime) as gz, \
            tarfile.open(fileobj=gz, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted([stage / top, *(stage / top).rglob("*")]):
            tar.add(path, arcname=str(path.relative_to(stage)), recursive=False, filter=reset)
    log(f"tarball: {tarball.name} {mb(tarball.stat().st_size)}")
    return tarball


# --- macOS and Windows -------------------------------------------------------------------------------------

def build_dmg(version: str) -> Path:
    app = PYI_DIST / "SafeSteps.app"
    DIST.mkdir(exist_ok=True)
    dmg = DIST / f"SafeSteps-{version}-macos-{platform.machine()}.dmg"
    run(["sh", PACKAGING / "macos" / "make-dmg.sh", app, dmg, f"SafeSteps {version}"])
    log(f"dmg: {dmg.name} {mb(dmg.stat().st_size)}")
    return dmg


def find_iscc() -> Path | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return Path(found)
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        candidates = sorted(Path(base).glob("Inno Setup */ISCC.exe")) if base else []
        if candidates:
            return candidates[-1]
    return None


def build_inno_setup(version: str) -> Path | None:
    iscc = find_iscc()
    if iscc is None:
        message = "Inno Setup (ISCC.exe) not found: no installer built"
        if ON_CI:
            raise SystemExit(message)
        log("WARNING: " + message)
        return None
    DIST.mkdir(exist_ok=True)
    file_version = ".".join(map(str, buildlib.numeric_version(version)))  # VersionInfoVersion wants a.b.c.d
    defines = [f"/DAppVersion={version}", f"/DFileVersion={file_version}", f"/DSourceDir={BUNDLE}",
               f"/DOutputDir={DIST}", f"/DIconFile={buildlib.ICON_BUILD_DIR / 'safesteps.ico'}"]
    languages = os.environ.get("SAFESTEPS_INNO_LANGUAGES")  # folder with ChineseSimplified/Traditional.isl
    if languages:
        defines.append(f"/DUnofficialLanguages={Path(languages).resolve()}")
    run([iscc, *defines, PACKAGING / "windows" / "safesteps.iss"])
    installer = DIST / f"SafeSteps-{version}-windows-x64-setup.exe"
    log(f"installer: {installer.name} {mb(installer.stat().st_size)}")
    return installer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args(argv)
    started = time.monotonic()
    version = buildlib.project_version()
    with build_lock():
        log(f"SafeSteps {version} on {sys.platform} ({platform.machine()}), Python {platform.python_version()}")
        check_installed_version(version)
        with step("icons"):
            buildlib.build_icons()
        with step("PyInstaller"):
            pyinstaller()
        if sys.platform.startswith("linux"):
            with step("strip"):
                strip_shared_libraries(BUNDLE)
        with step("smoke test"):
            smoke_check(bundle_executable())
        artifacts = []
        with step("packages"):
            if sys.platform.startswith("linux"):
                artifacts += [build_tarball(version), build_deb(version)]
            elif sys.platform == "darwin":
                smoke_check(PYI_DIST / "SafeSteps.app" / "Contents" / "MacOS" / EXE_NAME)
                artifacts.append(build_dmg(version))
            elif sys.platform == "win32":
                artifacts.append(build_inno_setup(version))
    for artifact in filter(None, artifacts):
        log(f"artifact: {artifact.relative_to(ROOT)} ({mb(artifact.stat().st_size)})")
    log(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
