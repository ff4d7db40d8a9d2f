"""The ``upr-desktop`` command: the GUI with no command, otherwise the same operations headless.

Exit codes: 0 success, 1 an error (one line on stderr; the traceback goes to the log), 2 bad usage,
141 when the output was cut before the command finished (the reader stopped, as ``| head`` does).
``--workspace`` and ``--json`` are accepted before or after the command name.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from upr_desktop import __version__
from upr_desktop.errors import Cancelled, UserError
from upr_desktop.failures import explain

log = logging.getLogger(__name__)
SIGPIPE_EXIT = 141  # what a shell reports for a process ended by SIGPIPE


def common_options(*, top_level: bool) -> argparse.ArgumentParser:
    """Options every command accepts; sub-parsers must not overwrite values given before the command."""
    parent = argparse.ArgumentParser(add_help=False)
    default = None if top_level else argparse.SUPPRESS
    parent.add_argument("--workspace", "-w", metavar="PATH", default=default, help="workspace file (default: your user data folder)")
    parent.add_argument("--json", action="store_true", default=False if top_level else argparse.SUPPRESS, help="machine-readable output")
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="upr-desktop",
        description="Follow up on UPR recommendations as a coalition. With no command, opens the app.",
        parents=[common_options(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"upr-desktop {__version__}")
    parser.add_argument("--lang", metavar="CODE", help="language of the app and of the commands' messages (en, fr, es, th, my, ar); "
                                                     "default: the one chosen in Settings")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from upr_desktop.commands import MODULES

    common = common_options(top_level=False)
    for module in MODULES:
        module.register(sub, common)
    return parser


def is_workspace_argument(text: str) -> bool:
    """A path given as the only argument (``upr-desktop coalition.uprw``), not a command name.

    Desktops and file managers start the app that way when a workspace is double-clicked; no
    command name has a dot or a path separator in it.
    """
    return not text.startswith("-") and ("." in text or "/" in text or "\\" in text)


def app_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The options when no command is given (the app opens), without loading every command module.

    Building the full parser imports the importers, exchange and reports packages: a second of
    start-up the window does not need. Anything else (a command, --help, --version) returns None.
    A workspace path as the only argument opens it, as ``--workspace PATH`` does.
    """
    pre = argparse.ArgumentParser(add_help=False, parents=[common_options(top_level=True)])
    pre.add_argument("--lang")
    try:
        args, rest = pre.parse_known_args(argv)
    except SystemExit:  # a malformed option: let the full parser explain it
        return None
    rest = [arg for arg in rest if not arg.startswith("-psn_")]  # older macOS adds a process serial number
    if len(rest) == 1 and args.workspace is None and is_workspace_argument(rest[0]):
        args.workspace = rest.pop()
    if rest:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    if list(sys.argv[1:] if argv is None else argv) == ["--version"]:  # at once, without every command module
        print(f"upr-desktop {__version__}")
        return 0
    app_args = app_arguments(argv)
    if app_args is not None:
        from upr_desktop.ui.app import run_app  # the only place the CLI touches Qt

        return run_app(app_args)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from upr_desktop.ui.app import run_app

        return run_app(args)
    return run_command(args)


def speak(language: str | None) -> None:
    """Messages in ``language`` (``--lang``, else the one chosen in Settings; English when none), from the shipped
    catalogue, without Qt. Data stays as it is: ISO dates, codes and --json keys."""
    from upr_desktop import i18n

    if not language:
        return
    translator = i18n.translator_for(language)  # UserError naming the shipped languages for one that is not
    i18n.install_translator(lambda context, text: translator.catalogue.translate(context, text), translator.language,
                            lambda context, text, n: translator.catalogue.translate(context, text, n))


def run_command(args: argparse.Namespace) -> int:
    """Run one command: errors are one line for the person and a traceback in the log; output cut by a
    reader that stops reading (``| head``) ends quietly, after the command has finished its work."""
    from upr_desktop import logs
    from upr_desktop import i18n
    from upr_desktop.commands.context import CommandContext, discard, flush_output
    from upr_desktop.i18n import tr

    log_file = logs.setup("cli")
    log.info("command: %s", args.command)  # never its arguments: they can name people met
    ctx = CommandContext(args)
    before = i18n.installed_translator()
    try:
        speak(getattr(args, "lang", None) or ctx.settings.language)
        result = args.handler(ctx)
    except UserError as exc:
        log.warning("%s: %s", args.command, exc, exc_info=True)
        ctx.fail(str(exc))
        return 1
    except Cancelled:
        ctx.fail("Cancelled.")
        return 1
    except KeyboardInterrupt:
        ctx.fail("Interrupted; nothing was half written.")
        return 1
    except BrokenPipeError:  # printed without CommandContext, and the reader had gone
        discard(sys.stdout)
        return SIGPIPE_EXIT
    except Exception as exc:
        known = explain(exc)  # a full or read-only disk, a denied folder, a damaged file: a message, not a traceback
        if known is not None:
            log.info("%s stopped: %s", args.command, known, exc_info=True)
            ctx.fail(str(known))
            return 1
        log.exception("%s failed", args.command)
        error = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0]}"  # one line, whatever the library wrote
        ctx.fail(tr("An unexpected problem stopped the command ({error}). The details are in {path}; please send them "
                    "to whoever supports your installation.", error=error, path=log_file) if log_file
                 else tr("An unexpected problem stopped the command ({error}).", error=error))
        return 1
    finally:
        i18n.install_translator(*before)
    flush_output()
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
