"""A non-editable install must carry prompts/ and styles/ inside the wheel."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CHECK_INSTALLED = """
import sys
from pathlib import Path
import journal
from journal.resources import data_dir
package = Path(journal.__file__).resolve().parent
assert Path(sys.prefix).resolve() in package.parents, package
for folder, pattern in (("prompts", "*.toml"), ("styles", "*.tcss")):
    found = data_dir(folder)
    assert found.parent == package, found
    assert list(found.glob(pattern)), found
from journal.ui.app import JournalApp
for css in [JournalApp.CSS_PATH]:
    assert Path(css).is_file(), css
print("installed ok")
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    return next(out.glob("*.whl"))


def test_wheel_contains_data_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    for data in sorted((ROOT / "prompts").glob("*.toml")):
        assert f"journal/prompts/{data.name}" in names
    for style in sorted((ROOT / "styles").glob("*.tcss")):
        assert f"journal/styles/{style.name}" in names
    assert any(name.endswith("entry_points.txt") for name in names)


def test_non_editable_install_finds_its_files(wheel: Path, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    # Dependencies come from the test environment's site-packages, listed after the
    # new venv's own, so only Thaw itself is taken from the wheel (offline and fast).
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "test-deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
    )
    result = subprocess.run(
        [str(python), "-c", CHECK_INSTALLED], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "installed ok" in result.stdout
    version = subprocess.run(
        [str(env_dir / "bin" / "journal"), "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert version.returncode == 0, version.stderr
    assert "journal" in version.stdout
