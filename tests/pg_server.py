"""A real PostgreSQL server for the tests, in a temporary folder, with TLS (issue 11).

Debian's PostgreSQL binaries run as an unprivileged account (``initdb`` refuses root): when the
tests run as root (CI), the data folder is handed to ``nobody`` and the server runs as that user.
The fixture makes its own certificate authority and a server certificate for ``localhost``, so
clients connect with ``sslmode=verify-full`` exactly as an office PC does.

Where the binaries are absent (a developer's Windows PC) the tests skip with the reason; with
``CI=true`` a missing server is a failure, not a skip.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pwd
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "lcs_test_super"
SUPERUSER_PASSWORD = "Super-Test-Password-For-The-Fixture-Only"
SEARCH_DIRS = ("/usr/lib/postgresql/17/bin", "/usr/lib/postgresql/16/bin", "/usr/lib/postgresql/15/bin")


def find_binaries() -> Path | None:
    """The folder holding initdb/pg_ctl/postgres/psql, or None."""
    for folder in SEARCH_DIRS:
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    return Path(found).resolve().parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def make_tls(folder: Path, hostname: str = "localhost") -> tuple[Path, Path, Path]:
    """A CA and a server certificate for ``hostname`` signed by it: (ca.pem, server.crt, server.key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    start = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)  # fixed: valid whatever the wall clock says
    end = dt.datetime(2099, 1, 1, tzinfo=dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("LCS test office CA"))
        .issuer_name(name("LCS test office CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name(hostname))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(hostname)]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.crt", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_file.chmod(0o600)
    return ca_file, cert_file, key_file


@dataclass
class PgServer:
    """A running server: connect to ``host:port`` with TLS verified against ``ca_file``."""

    bin_dir: Path
    data_dir: Path
    socket_dir: Path
    port: int
    ca_file: Path
    run_as: str | None
    host: str = "localhost"

    def url(self, dbname: str = "postgres") -> str:
        """A URL with no user or password in it (they travel beside it, never inside)."""
        return f"postgresql://{self.host}:{self.port}/{dbname}"

    def superuser_connect(self, dbname: str = "postgres", **kwargs: object):
        import psycopg

        return psycopg.connect(
            host=self.host,
            port=self.port,
            dbname=dbname,
            user=SUPERUSER,
            password=SUPERUSER_PASSWORD,
            sslmode="verify-full",
            sslrootcert=str(self.ca_file),
            **kwargs,
        )

    def psql(
        self, sql: str, *, user: str, password: str, dbname: str = "postgres"
    ) -> subprocess.CompletedProcess[str]:
        """Run ``sql`` through the real ``psql`` client as ``user`` (over TLS, verify-full)."""
        env = dict(os.environ, PGPASSWORD=password, PGSSLMODE="verify-full", PGSSLROOTCERT=str(self.ca_file))
        return subprocess.run(
            [
                str(self.bin_dir / "psql"),
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-At",
                "-h",
                self.host,
                "-p",
                str(self.port),
                "-U",
                user,
                "-d",
                dbname,
                "-c",
                sql,
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
            check=False,
        )

    def pg_dump(self, dbname: str) -> str:
        env = dict(
            os.environ,
            PGPASSWORD=SUPERUSER_PASSWORD,
            PGSSLMODE="verify-full",
            PGSSLROOTCERT=str(self.ca_file),
        )
        done = subprocess.run(
            [str(self.bin_dir / "pg_dump"), "-h", self.host, "-p", str(self.port), "-U", SUPERUSER, dbname],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        return done.stdout

    def create_database(self, name: str, owner: str | None = None) -> None:
        with self.superuser_connect(autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"' + (f' OWNER "{owner}"' if owner else ""))

    def drop_database(self, name: str) -> None:
        with self.superuser_connect(autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        self._run(
            [str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "-m", "fast", "-w", "stop"], check=False
        )

    def _run(self, args: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
        return _run_as(self.run_as, args, check=check)


def _run_as(user: str | None, args: list[str], *, check: bool = True) -> subprocess.CompletedProcess[str]:
    kwargs: dict[str, object] = {}
    if user is not None:
        kwargs = {"user": user, "group": pwd.getpwnam(user).pw_gid, "extra_groups": []}
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=check, **kwargs)  # type: ignore[call-overload]


def _chown_tree(folder: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    for root, dirs, files in os.walk(folder):
        os.chown(root, entry.pw_uid, entry.pw_gid)
        for item in dirs + files:
            os.chown(os.path.join(root, item), entry.pw_uid, entry.pw_gid)


@contextlib.contextmanager
def running_server(base: Path) -> Iterator[PgServer]:
    """Start a server under ``base`` (made and owned by the server's user); stop it afterwards."""
    bin_dir = find_binaries()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL's initdb was not found")
    run_as = "nobody" if os.geteuid() == 0 else None
    base.mkdir(parents=True, exist_ok=True)
    base.chmod(0o755)
    data_dir, socket_dir, tls_dir = base / "data", base / "socket", base / "tls"
    socket_dir.mkdir()
    tls_dir.mkdir()
    ca_file, cert_file, key_file = make_tls(tls_dir)
    ca_file.chmod(0o644)
    password_file = base / "pw"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    password_file.chmod(0o600)
    if run_as is not None:
        _chown_tree(base, run_as)
        # The folders above base (pytest's tmp folders are 0700 root) must let the server user in.
        for parent in base.parents:
            if parent == Path("/") or parent.stat().st_mode & 0o001:
                continue
            parent.chmod(parent.stat().st_mode | 0o011)
    _run_as(
        run_as,
        [
            str(bin_dir / "initdb"),
            "-D",
            str(data_dir),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(password_file),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        ],
    )
    password_file.unlink()
    port = _free_port()
    with open(data_dir / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(
            f"\nlisten_addresses = 'localhost'\nport = {port}\nunix_socket_directories = '{socket_dir}'\n"
            f"ssl = on\nssl_cert_file = '{cert_file}'\nssl_key_file = '{key_file}'\n"
            "password_encryption = 'scram-sha-256'\nfsync = off\nsynchronous_commit = off\n"
            "full_page_writes = off\nmax_connections = 100\nshared_buffers = 128MB\n"
        )
    # TLS only over TCP: a plain connection is refused by the server itself.
    (data_dir / "pg_hba.conf").write_text(
        "local all all scram-sha-256\n"
        "hostssl all all 127.0.0.1/32 scram-sha-256\n"
        "hostssl all all ::1/128 scram-sha-256\n"
        "hostnossl all all 0.0.0.0/0 reject\n"
        "hostnossl all all ::/0 reject\n"
    )
    server = PgServer(bin_dir, data_dir, socket_dir, port, ca_file, run_as)
    _run_as(
        run_as,
        [
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data_dir),
            "-l",
            str(base / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        ],
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                server.superuser_connect().close()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        server.stop()
