"""`python -m bot contacts check`: is content/contacts.yaml valid? (The bot reads it again by itself.)"""

from __future__ import annotations

import argparse

from bot.cli.common import Subcommands, UserError
from bot.contacts import FILE_NAME, load_directory
from bot.settings import Settings


def add_parser(commands: Subcommands) -> None:
    contacts = commands.add_parser("contacts", help="the contact directory (content/contacts.yaml)")
    actions = contacts.add_subparsers(dest="contacts_command", required=True, metavar="ACTION")
    actions.add_parser("check", help="validate the file and list its topics")


def run(settings: Settings, args: argparse.Namespace) -> int:
    path = settings.content_dir / FILE_NAME
    try:
        directory = load_directory(path)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    for topic in directory.topics:
        print(f"{topic.id:<12} {len(topic.contacts)} contact(s)")
    print(f"{path}: valid; the running bot shows it from the next /contacts on")
    return 0
