"""`foedus batch`'s LocalCluster listens on loopback only: scheduler, workers and dashboard (issue 9, item 7).

Dask's default dashboard address ":8787" binds every interface (0.0.0.0) while foedus printed a
127.0.0.1 link; a batch run on a shared machine must not open ports to the network unasked.
"""

from __future__ import annotations

import ipaddress
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from test_batch import StubCoder, write_corpus  # noqa: E402

from foedus import batch  # noqa: E402


def listening(pids: list[int]) -> list[tuple[int, str, int]]:
    psutil = pytest.importorskip("psutil")
    found = []
    for pid in pids:
        try:
            conns = psutil.Process(pid).net_connections(kind="inet")
        except psutil.NoSuchProcess:
            continue
        found.extend((pid, c.laddr.ip, c.laddr.port) for c in conns if c.status == psutil.CONN_LISTEN)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("address, exposed", [(batch.DASHBOARD_ADDRESS, False), ("0.0.0.0:0", True)])
def test_local_cluster_listens_on_loopback_unless_asked(tmp_path, address, exposed):
    pytest.importorskip("distributed")
    psutil = pytest.importorskip("psutil")
    import cloudpickle

    write_corpus(tmp_path / "corpus", bad=False)
    seen: dict = {}

    def on_dashboard(link: str) -> None:       # the cluster is up: look at every socket it listens on
        me = psutil.Process()
        seen["link"] = link
        seen["sockets"] = listening([me.pid] + [c.pid for c in me.children(recursive=True)])

    cloudpickle.register_pickle_by_value(sys.modules["test_batch"])   # the workers cannot import the test files
    try:
        summary = batch.run_batch([str(tmp_path / "corpus" / "*.jsonl")], tmp_path / "out", engine="dask", workers=1,
                                  progress=False, coder_factory=StubCoder, on_dashboard=on_dashboard,
                                  dashboard_address=address)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules["test_batch"])
    assert summary.articles > 0 and not summary.failed
    assert seen["sockets"], "the cluster should listen somewhere"
    outside = [s for s in seen["sockets"] if not ipaddress.ip_address(s[1]).is_loopback]
    if exposed:      # the user asked for it: the dashboard, and only it, listens on every interface
        assert [ip for _, ip, _ in outside] == ["0.0.0.0"], seen["sockets"]
    else:
        assert not outside, f"listening beyond loopback: {outside}"
        assert seen["link"].startswith("http://127.0.0.1:")


BATCH_SCRIPT = """
import sys, time
sys.path.insert(0, {here!r})
from test_batch import StubCoder
from foedus.batch import run_batch

class SlowCoder(StubCoder):
    def code_inputs(self, inputs, n_process=1, batch_size=16):
        for out in super().code_inputs(inputs, n_process, batch_size):
            time.sleep(0.05)
            yield out

run_batch([{corpus!r}], {out!r}, engine="dask", workers=2, progress=False, coder_factory=SlowCoder,
          on_dashboard=lambda link: print("up", flush=True))
print("finished", flush=True)
"""


@pytest.mark.slow
def test_sigkill_of_batch_leaves_no_dask_worker(tmp_path):
    """Dask's worker processes watch a pipe from their parent and exit when it closes."""
    import json
    import os
    import signal
    import subprocess
    import time

    psutil = pytest.importorskip("psutil")
    pytest.importorskip("distributed")
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"r{n}", "date": "2024-06-01", "text": f"Japan condemned China {n}."}) + "\n"
                              for n in range(2000)), encoding="utf-8")
    script = BATCH_SCRIPT.format(here=str(Path(__file__).parent), corpus=str(corpus), out=str(tmp_path / "out"))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")})
    try:
        assert proc.stdout.readline().strip() == "up"
        time.sleep(1.0)
        children = psutil.Process(proc.pid).children(recursive=True)
        assert proc.poll() is None and len(children) >= 2
        proc.kill()
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            left = []
            for c in children:
                try:
                    if c.is_running() and c.status() != psutil.STATUS_ZOMBIE:
                        left.append(c)
                except psutil.NoSuchProcess:
                    pass
            if not left:
                break
            time.sleep(0.2)
        assert not left, f"{len(left)} Dask process(es) outlived their SIGKILLed parent"
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
