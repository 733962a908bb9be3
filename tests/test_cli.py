"""The command line: --version, --self-test, python -m app, the data folder override."""

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=180,
                          cwd=ROOT, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {})))


def test_version_comes_from_pyproject():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"SafeSteps {version}"


def test_self_test_reports_one_line_per_check_and_passes():
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert [line.split()[1].rstrip(":") for line in lines[:5]] == ["content", "store", "translations", "window",
                                                                   "keyring"]
    assert all(line.startswith("PASS") for line in lines[:4]), lines
    assert "zh_CN loaded" in lines[2] and "zh_TW loaded" in lines[2]
    assert lines[-1] == "self-test: all checks passed"


def test_self_test_fails_when_content_is_broken(tmp_path):
    resources = tmp_path / "resources"
    (resources / "content").mkdir(parents=True)
    (resources / "content" / "01_bad.toml").write_text('id = "bad"\n', encoding="utf-8")
    (resources / "i18n").symlink_to(ROOT / "resources" / "i18n")
    result = run("--self-test", env={"SAFESTEPS_RESOURCES": str(resources)})
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("FAIL content: ContentError")
    assert result.stdout.strip().endswith("check(s) failed")


def test_self_test_can_require_a_keyring():
    result = run("--self-test", "--require-keyring", env={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert result.returncode == 1
    assert "FAIL keyring: no usable backend" in result.stdout


def test_the_data_folder_override(tmp_path, monkeypatch):
    from app.datadir import resolve_data_dir

    monkeypatch.setenv("SAFESTEPS_HOME", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"  # --data-dir wins
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("SAFESTEPS_HOME")
    assert resolve_data_dir(None) == tmp_path / "xdg-data" / "SafeSteps"  # QStandardPaths AppDataLocation
