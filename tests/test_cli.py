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


def test_check_password_reads_stdin_and_writes_one_json_line_each():
    import json

    result = subprocess.run([sys.executable, "-m", "app", "check-password", "--json", "--name", "张伟",
                             "--birthday", "1985-03-15", "--lang", "zh_TW"],
                            input="zhangwei0315\nTq8!vN#2wX$pL7zR\n\n", capture_output=True, text=True, timeout=120,
                            cwd=ROOT)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert rows[0]["score"] <= 1 and {"pinyin-name", "birthday"} & set(rows[0]["reasons"])
    assert rows[1]["score"] == 4
    assert rows[2]["score"] == 0  # an empty line is an empty password
    assert all(set(row) >= {"score", "reasons"} for row in rows)


def test_check_pin_reads_stdin():
    import json

    result = subprocess.run([sys.executable, "-m", "app", "check-pin", "--json", "--phone", "13812345678",
                             "--id-last6", "12003X"], input="123456\n345678\n583920\n",
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["ok"] for row in rows] == [False, False, True]
    assert "pin-phone" in rows[1]["reasons"] and rows[0]["reasons"]


def test_checked_items_are_never_arguments():
    result = run("check-password", "zhangwei1985")
    assert result.returncode == 2  # argparse refuses: passwords come from stdin only


def test_handout_without_the_gui(tmp_path):
    target = tmp_path / "plan.pdf"
    result = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "handout",
                             "--region", "TW", "--lang", "zh_TW", "-o", str(target)],
                            capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env={k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")})
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    missing = subprocess.run([sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), "handout",
                              "--profile", "Nobody", "--region", "CN", "--lang", "en", "-o", str(target)],
                             capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert missing.returncode == 2 and "Nobody" in missing.stderr
