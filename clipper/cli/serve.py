"""`clipper serve`: the archive in the browser, and the bookmarklet that clips into it."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from clipper.cli.common import DbOption, app
from clipper.errors import UsageError
from clipper.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    import socket

DEFAULT_PORT = 8765
LOOPBACK_NAMES = ("localhost",)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine alone (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@app.command()
def serve(
    host: Annotated[
        str,
        typer.Option(
            metavar="ADDRESS",
            help="Address to listen on. Anything but loopback (127.0.0.1, ::1) needs --password.",
        ),
    ] = "127.0.0.1",
    port: Annotated[
        int,
        typer.Option(min=0, max=65535, metavar="PORT", help="Port to listen on (0: any free one)."),
    ] = DEFAULT_PORT,
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the archive in your web browser once serving.")
    ] = False,
    print_bookmarklet: Annotated[
        bool,
        typer.Option(
            "--bookmarklet",
            help="Print the bookmarklet's javascript: URL for this archive and port, and exit.",
        ),
    ] = False,
    password: Annotated[
        str | None,
        typer.Option(
            metavar="TEXT",
            envvar="CLIPPER_SERVE_PASSWORD",
            help="Ask every visitor for this password (needed to listen beyond loopback). "
            "Prefer setting $CLIPPER_SERVE_PASSWORD: a command line is visible to other users.",
            show_default=False,
        ),
    ] = None,
    max_bytes: Annotated[
        int,
        typer.Option(
            "--max-bytes",
            min=1,
            metavar="N",
            help="Refuse a request (a page sent by the bookmarklet) larger than N bytes.",
        ),
    ] = DEFAULT_MAX_BYTES,
    images: Annotated[
        bool | None,
        typer.Option(
            "--images/--no-images",
            help="Also keep the images of the pages the bookmarklet clips, as `clipper clip "
            "--images` does. Default: the images setting ($CLIPPER_IMAGES), else off.",
            show_default=False,
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            min=0.1,
            metavar="SECONDS",
            help="Time limit for each image download when images are kept (the page itself "
            "comes from your browser).",
        ),
    ] = DEFAULT_TIMEOUT,
    db_path: DbOption = None,
) -> None:
    """Read, search, tag and export the archive in your browser, and clip from it.

    Serves on http://127.0.0.1:8765/ until Ctrl-C. Its Bookmarklet page has a
    button to drag to your bookmarks bar: clicked on any page, it sends the
    page as your browser shows it (or only the passage you selected) to be
    clipped. Only this machine can connect unless you give --host and --password.

    Example: clipper serve --open
    """
    import errno
    import socket

    from clipper import config
    from clipper.cli.paths import resolve_db_path
    from clipper.store import archive, page_token, serve_token

    host = host.strip()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]  # [::1], as in a URL: the address is inside
    loopback = is_loopback(host)
    if not loopback and not password:
        raise UsageError(
            f"Refusing to listen on {host}: other machines could reach your archive. "
            "Set a password with $CLIPPER_SERVE_PASSWORD (or --password), or keep the "
            "default --host 127.0.0.1."
        )
    # --images / --no-images beat $CLIPPER_IMAGES beat the settings file's images.
    keep_images = bool(config.get("images", images))
    path, _ = resolve_db_path(db_path)
    with archive(path) as db:
        token = serve_token(db)
        forms_token = page_token(db)
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    shown = f"[{shown}]" if ":" in shown else shown
    if print_bookmarklet:
        from clipper.web.bookmarklet import bookmarklet

        typer.echo(bookmarklet(f"http://{shown}:{port or DEFAULT_PORT}", token))
        return
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP spelled out: asyncio turns Nagle off (TCP_NODELAY) only on
    # sockets that say they are TCP; otherwise every answer, sent as headers
    # then body, waits out the client's delayed ACK (40 ms a page).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
    except socket.gaierror as exc:
        sock.close()
        raise UsageError(
            f"Can't listen on {host}: {exc.strerror}. Give an address of this machine, "
            "such as 127.0.0.1 or ::1."
        ) from None
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(
                f"Port {port} is in use (another clipper serve?). Stop that one, or choose "
                "another --port (0 takes any free one)."
            ) from None
        raise UsageError(f"Can't listen on {shown}:{port}: {exc.strerror}.") from None
    port = sock.getsockname()[1]
    base_url = f"http://{shown}:{port}"
    _run(
        sock,
        path,
        base_url,
        host,
        port,
        (token, forms_token),
        password,
        (max_bytes, timeout, keep_images),
        open_browser,
    )


def _run(
    sock: "socket.socket",
    path: Path,
    base_url: str,
    host: str,
    port: int,
    tokens: tuple[str, str],
    password: str | None,
    limits: tuple[int, float, bool],
    open_browser: bool,
) -> None:
    """Serve until Ctrl-C (uvicorn stops cleanly on it, and on SIGTERM)."""
    import contextlib
    import threading
    import time
    from pathlib import Path

    import uvicorn

    from clipper.web.app import ServeConfig, create_app
    from clipper.web.guard import allowed_hosts

    config = ServeConfig(
        db_path=Path(str(path)),
        base_url=base_url,
        token=tokens[0],
        page_token=tokens[1],
        allowed_hosts=allowed_hosts(host, port, loopback=is_loopback(host)),
        password=password,
        max_bytes=limits[0],
        timeout=limits[1],
        images=limits[2],
    )
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(config),
            log_level="warning",
            access_log=False,
            server_header=False,
            lifespan="off",
            timeout_graceful_shutdown=3,
        )
    )

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.02)
        if server.started:
            typer.echo(f"Serving {path} on {base_url}/ (Ctrl-C to stop)", err=True)
            typer.echo(f"Bookmarklet: {base_url}/bookmarklet", err=True)
            if open_browser:
                import webbrowser

                webbrowser.open(f"{base_url}/")

    threading.Thread(target=announce, daemon=True).start()
    # uvicorn finishes the requests in flight on Ctrl-C, then raises it again
    # for the caller: here that is the end of serving, not an interruption.
    with contextlib.suppress(KeyboardInterrupt):
        server.run(sockets=[sock])
    typer.echo("Stopped.", err=True)
