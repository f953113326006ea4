# zkmig's AWS emulator launcher: python emulator_watchdog.py <parent pid> <module> [args...]
# Runs <module> as __main__ (LocalStack's localstack.runtime.main, moto.server) and ends this process
# when the JVM that started it is gone, even after a SIGKILL, so no emulator outlives its test or command.
# A parent pid of 0 means detached. Standard library only.
import os
import runpy
import sys
import threading
import time


def watch(parent):
    while True:
        if os.getppid() != parent:
            os._exit(137)
        time.sleep(0.5)


def main():
    parent = int(sys.argv[1])
    module = sys.argv[2]
    if parent > 0:
        threading.Thread(target=watch, args=(parent,), name="zkmig-parent-watchdog", daemon=True).start()
    sys.argv = [module] + sys.argv[3:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


main()
