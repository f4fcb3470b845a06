"""GridBot composition root: settings → engine → classifier → services → dispatcher, scheduler,
outbox sender. `python bot.py` runs the bot; `python bot.py --demo` plays an offline day."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiogram import Bot
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import TelegramAPIError
from aiogram.types import BotCommand
from pydantic import SecretStr, ValidationError

from gridbot.clock import Clock, SystemClock
from gridbot.config import ConfigError, load_street_config
from gridbot.db.migrate import upgrade_to_head
from gridbot.db.session import UnitOfWork, make_engine
from gridbot.deadlines import DeadlinePolicy
from gridbot.duplicate_rules import DuplicatePolicy
from gridbot.joint_rules import JointPolicy
from gridbot.outbox import OutboxSender
from gridbot.redact import install_log_redaction
from gridbot.schedule.config import load_schedule_config
from gridbot.schedule.service import ScheduleService
from gridbot.scheduler import build_scheduler
from gridbot.services.context import ServiceContext
from gridbot.services.delivery import failure_notifier
from gridbot.settings import TELEGRAM_API, Settings
from gridbot.stats.assessment import AssessmentConfig
from gridbot.timekeeping import Timekeeper
from gridbot.workcalendar import WorkCalendar
from handlers import build_router
from handlers.polling import ConfirmAfterHandlingDispatcher
from handlers.presenter import ChinesePresenter
from handlers.transport import AiogramTransport, ReplyModelKeepingSession
from nlp import Classifier, RuleError

log = logging.getLogger("gridbot")

COMMANDS = [
    BotCommand(command="start", description="开始使用"),
    BotCommand(command="help", description="使用说明"),
    BotCommand(command="register", description="注册：/register 姓名 网格编号"),
    BotCommand(command="mine", description="我上报的未办结事件"),
    BotCommand(command="case", description="查看事件：/case 编号"),
    BotCommand(command="supervise", description="督办：/supervise 编号 [工作日数]"),
    BotCommand(command="extend", description="申请延期：/extend 编号 天数 原因"),
    BotCommand(command="schedule", description="日程：会议、接访、简报"),
    BotCommand(command="agenda", description="下次研判会议程"),
    BotCommand(command="roster", description="领导接访值班表"),
]


def build_context(settings: Settings, clock: Clock | None = None) -> ServiceContext:
    """Load and validate the configuration; raises ConfigError naming file and field."""
    config_dir = settings.config_dir
    street = load_street_config(config_dir)
    try:
        classifier = Classifier.from_config(config_dir, street.grid_aliases(), street.routes)
    except RuleError as exc:
        raise ConfigError(str(exc)) from exc
    calendar = WorkCalendar.load(config_dir)
    policy = DeadlinePolicy.load(config_dir)
    engine = make_engine(settings.resolved_database_url)
    return ServiceContext(
        uow=UnitOfWork(engine),
        street=street,
        classifier=classifier,
        presenter=ChinesePresenter(settings.satisfaction_days),
        clock=clock or SystemClock(),
        admin_ids=frozenset(settings.admin_ids),
        triage_threshold=settings.triage_threshold,
        satisfaction_days=settings.satisfaction_days,
        flood_limit=settings.flood_reports_per_minute,
        timekeeper=Timekeeper(policy, calendar),
        joint=JointPolicy.load(config_dir, street.teams),
        duplicates=DuplicatePolicy.load(config_dir),
    )


def build_schedule(settings: Settings, ctx: ServiceContext) -> ScheduleService:
    """config/schedule.yaml on the working-day calendar; raises ConfigError naming the entry."""
    config = load_schedule_config(settings.config_dir)
    calendar = WorkCalendar.load(settings.config_dir)
    presenter = ChinesePresenter(settings.satisfaction_days)
    return ScheduleService(ctx, config, calendar, presenter, settings.data_dir / "charts")


def make_bot(settings: Settings) -> Bot:
    assert settings.telegram_token is not None
    api = TelegramAPIServer.from_base(settings.telegram_api_base.rstrip("/"))
    return Bot(
        settings.telegram_token.get_secret_value(), session=ReplyModelKeepingSession(api=api)
    )


@dataclass
class App:
    """Everything one running bot holds; `start` and `stop` bracket its life."""

    settings: Settings
    ctx: ServiceContext
    bot: Bot
    dispatcher: ConfirmAfterHandlingDispatcher
    sender: OutboxSender
    tasks: list[asyncio.Task[None]]
    schedule: ScheduleService

    @classmethod
    async def create(cls, settings: Settings, clock: Clock | None = None) -> App:
        ctx = build_context(settings, clock)
        schedule = build_schedule(settings, ctx)
        ctx.duty_desk = schedule.duty_leader  # escalations and joint cases reach the week's leader
        assessment = AssessmentConfig.load(settings.config_dir)
        await upgrade_to_head(settings.resolved_database_url)
        bot = make_bot(settings)
        dispatcher = ConfirmAfterHandlingDispatcher(
            disable_fsm=True,  # conversations live in the database (prompts), not in FSM state
            ctx=ctx,
            schedule=schedule,
            assessment=assessment,
        )
        dispatcher.include_router(build_router())
        sender = OutboxSender(
            ctx.uow,
            AiogramTransport(bot),
            ctx.clock,
            poll_seconds=0.5,
            limits=settings.send_limits(),
            on_failed=failure_notifier(ctx),
            lease_seconds=settings.outbox_lease_seconds,
        )
        ctx.uow.after_commit(sender.wake)
        return cls(settings, ctx, bot, dispatcher, sender, [], schedule)

    async def start(self) -> None:
        await self.bot.delete_webhook(drop_pending_updates=False)
        await self.bot.set_my_commands(COMMANDS)
        schedule = self.schedule if self.settings.schedule_enabled else None
        self.scheduler = build_scheduler(self.ctx, self.settings.sweep_seconds, schedule)
        self.scheduler.start()
        self.tasks.append(asyncio.create_task(self.sender.run(), name="outbox"))
        self.tasks.append(
            asyncio.create_task(
                self.dispatcher.start_polling(self.bot, handle_signals=False, polling_timeout=10),
                name="polling",
            )
        )

    async def stop(self) -> None:
        with contextlib.suppress(RuntimeError):  # polling already stopped
            await self.dispatcher.stop_polling()
        self.sender.stop()
        if getattr(self, "scheduler", None):
            self.scheduler.shutdown(wait=False)
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, 15)
        await self.bot.session.close()
        await self.ctx.uow.engine.dispose()


async def run(settings: Settings) -> None:
    app = await App.create(settings)
    # Start-up made millions of objects that live as long as the process (jieba's dictionary,
    # the rules, the mappers). Out of the collector's sight, a full collection no longer
    # stalls the event loop for ~0.3 s each time (ten of them in a run of the intake bench).
    gc.freeze()
    try:
        me = await app.bot.get_me()
        log.info("GridBot @%s polling %s", me.username, settings.telegram_api_base)
        await app.start()
        await until_stopped(app.tasks)
    finally:
        await app.stop()


STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


async def until_stopped(tasks: Sequence[asyncio.Task[None]]) -> None:
    """Until SIGTERM (systemd, `docker stop`) or SIGINT (Ctrl+C) asks the bot to stop, or one of
    its tasks ends (its error raised). The handlers are the event loop's own, so the bot also
    stops on SIGINT when it was started with SIGINT ignored, as a shell's background job is."""
    loop = asyncio.get_running_loop()
    asked: asyncio.Future[signal.Signals] = loop.create_future()

    def ask(sig: signal.Signals) -> None:
        if not asked.done():
            asked.set_result(sig)

    for sig in STOP_SIGNALS:
        loop.add_signal_handler(sig, ask, sig)
    running = asyncio.gather(*tasks)
    # when a signal ends the wait, an error of the gathered tasks is still marked as read
    # (stop() awaits the tasks themselves), so asyncio does not log it as never retrieved
    running.add_done_callback(lambda f: f.cancelled() or f.exception())
    waiting: list[asyncio.Future[Any]] = [running, asked]
    try:
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
    if asked.done():
        log.info("%s received: stopping", asked.result().name)
    else:
        running.result()


async def run_demo(settings: Settings) -> int:
    """Emulator + real bot in one process, a scripted day, a printed transcript."""
    import tempfile

    from gridbot.demo import ADMIN, play_day
    from gridbot.emulator import TelegramEmulator

    logging.getLogger().setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="gridbot-demo-") as tmp:
        async with TelegramEmulator() as emu:
            demo_settings = settings.model_copy(
                update={
                    "telegram_token": SecretStr("100000:DEMO"),
                    "telegram_api_base": emu.base_url,
                    "database_url": f"sqlite+aiosqlite:///{tmp}/demo.db",
                    "admin_ids": [ADMIN],
                    "schedule_enabled": False,  # the scripted day does not depend on the hour
                    "data_dir": Path(tmp),
                }
            )
            app = await App.create(demo_settings)
            await app.start()
            try:
                await play_day(emu)
            finally:
                await app.stop()
    print("演示结束：以上为一天的完整对话记录。")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GridBot: community grid management chat bot")
    parser.add_argument("--demo", action="store_true", help="offline demo against the emulator")
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("jieba").setLevel(logging.WARNING)
    try:
        settings = Settings()
        if args.demo:
            return asyncio.run(run_demo(settings))
        if settings.telegram_token is None:
            print(
                "GRIDBOT_TELEGRAM_TOKEN is not set. Set it to your bot's token from @BotFather "
                f"(and GRIDBOT_TELEGRAM_API_BASE if you do not use {TELEGRAM_API}),\n"
                "or try the offline demo: python bot.py --demo",
                file=sys.stderr,
            )
            return 2
        install_log_redaction(settings.telegram_token.get_secret_value())
        asyncio.run(run(settings))
        return 0
    except TelegramAPIError as exc:  # bad token, unreachable or misconfigured Bot API server
        log.error("cannot work with the Bot API at %s: %s", settings.telegram_api_base, exc)
        return 1
    except ConfigError as exc:
        print(f"configuration error:\n{exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        print(f"settings error (GRIDBOT_* variables):\n{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    except Exception:  # logged (token redacted) instead of a raw traceback on stderr
        log.exception("GridBot stopped by an unexpected error")
        return 1


if __name__ == "__main__":
    sys.exit(main())
