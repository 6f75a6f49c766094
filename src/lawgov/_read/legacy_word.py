"""Legacy Word (.doc) and WPS (.wps) files, through a converter installed on the machine.

No maintained pure-Python reader handles these binary formats with Chinese text, so
lawgov runs one of the converters that do, when one is installed: antiword and catdoc
(small Debian/Homebrew packages, .doc only) or LibreOffice (.doc and .wps). The input
file is only read; LibreOffice writes its output to a temporary directory.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile

from .._errors import InputProblem
from attrs import evolve

from .source import Source, extracted

#: Seconds a converter may take (LibreOffice starts slowly).
TIMEOUT = 120


class NoConverter(Exception):
    """No converter for this file is installed."""


class ConversionFailed(Exception):
    """A converter ran and failed; the message says how."""


def _run(cmd: list[str]) -> str:
    """The converter's output. It runs in a process group of its own, so that on its
    time limit the programs it started (LibreOffice's wrapper starts the office) are
    stopped with it."""
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,  # noqa: S603
                                start_new_session=os.name == "posix")
    except OSError as exc:
        raise ConversionFailed(f"{cmd[0]}: {exc.strerror}") from None
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except BaseException as exc:
        _stop(proc)
        if isinstance(exc, subprocess.TimeoutExpired):
            raise ConversionFailed(f"{cmd[0]} took more than {TIMEOUT} s") from None
        raise
    if proc.returncode != 0:
        why = err.decode("utf-8", "replace").strip().splitlines()[-1:] or [f"exit {proc.returncode}"]
        raise ConversionFailed(f"{os.path.basename(cmd[0])}: {why[0]}")
    return out.decode("utf-8", "replace")


def _stop(proc: subprocess.Popen) -> None:  # type: ignore[type-arg]
    """Kill a converter and whatever it started."""
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGKILL)
        else:
            proc.kill()
    except OSError:
        pass
    proc.communicate()


def legacy_text(path: str) -> tuple[str, str]:
    """(text, converter name) of a .doc or .wps file.

    :raises NoConverter: none is installed for this kind of file.
    :raises ConversionFailed: the converter failed on this file.
    """
    wps = path.lower().endswith(".wps")
    if not wps and (tool := shutil.which("antiword")):
        return _run([tool, "-m", "UTF-8.txt", "-w", "0", path]), "antiword"
    if not wps and (tool := shutil.which("catdoc")):
        return _run([tool, "-d", "utf-8", "-w", path]), "catdoc"
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        with tempfile.TemporaryDirectory(prefix="lawgov-") as out:
            _run([office, "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile",
                  "--convert-to", "txt:Text (encoded):UTF8", "--outdir", out, path])
            name = os.path.splitext(os.path.basename(path))[0] + ".txt"
            try:
                with open(os.path.join(out, name), encoding="utf-8-sig") as fh:
                    return fh.read(), "libreoffice"
            except OSError:
                raise ConversionFailed("LibreOffice wrote no text") from None
    raise NoConverter


def legacy_source(path: str, raw: bytes) -> Source:
    if path == "-" or not os.path.isfile(path):
        # fetched or piped: a converter needs a file, written where only we read it
        import tempfile

        with tempfile.TemporaryDirectory(prefix="lawgov-") as tmp:
            copy = os.path.join(tmp, "report" + os.path.splitext(path.lower())[1])
            with open(copy, "wb") as fh:
                fh.write(raw)
            return evolve(legacy_source(copy, raw), path=path)
    try:
        text, tool = legacy_text(path)
    except NoConverter:
        raise InputProblem(
            "LG006", path,
            "读取 .doc/.wps 需要本机安装转换程序：.doc 可安装 antiword 或 catdoc（如 apt-get install antiword），"
            ".doc 和 .wps 均可安装 LibreOffice；也可在 Word 或 WPS 中另存为 .docx 后再检查",
            "reading .doc/.wps needs a converter on this machine: antiword or catdoc for .doc "
            "(e.g. apt-get install antiword), LibreOffice for .doc and .wps; or save the report "
            "as .docx in Word or WPS") from None
    except ConversionFailed as exc:
        raise InputProblem("LG007", path, f"文件无法转换为文本（{exc}）",
                           f"the file could not be converted to text ({exc})") from None
    return extracted(path, text, tool)
