#!/bin/sh
# Set-up and everyday commands. Each command installs what it needs on first use.
#   ./dev.sh sandbox   the bot against the built-in local Bot API server, with a web chat
#   ./dev.sh test      every test (PostgreSQL tests run when a server is reachable)
#   ./dev.sh lint      ruff, mypy (strict) and hadolint
#   ./dev.sh bench     every benchmark, one table (--quick: under three minutes)
set -eu
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv

ensure_env() {
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "Begleiter needs Python 3.11 or newer (found: $("$PYTHON" --version 2>&1))." >&2
        echo "Set PYTHON=/path/to/python3.11 and try again." >&2
        exit 2
    fi
    if [ ! -x "$VENV/bin/python" ]; then
        echo "Creating $VENV ..." >&2
        "$PYTHON" -m venv "$VENV"
    fi
    if [ ! -f "$VENV/.installed" ] || [ pyproject.toml -nt "$VENV/.installed" ]; then
        echo "Installing dependencies into $VENV (first run only) ..." >&2
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
        "$VENV/bin/python" -m pip install --quiet -e ".[dev]"
        touch "$VENV/.installed"
    fi
}

command=${1:-help}
[ $# -gt 0 ] && shift
case "$command" in
    sandbox)
        ensure_env
        exec "$VENV/bin/python" -m bot sandbox "$@"
        ;;
    test)
        ensure_env
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    lint)
        ensure_env
        "$VENV/bin/ruff" check .
        "$VENV/bin/ruff" format --check .
        "$VENV/bin/mypy" bot handlers ui scheduler devtools benchmarks tests
        "$VENV/bin/hadolint" Dockerfile
        ;;
    bench)
        ensure_env
        exec "$VENV/bin/python" benchmarks/run_all.py "$@"
        ;;
    bot)
        ensure_env
        exec "$VENV/bin/python" -m bot "$@"
        ;;
    *)
        sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'
        ;;
esac
