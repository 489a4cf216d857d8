#!/usr/bin/env bash
# The project's one test command (README Quick start, .ci/run): builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet test Vigil.slnx -c Release --nologo
