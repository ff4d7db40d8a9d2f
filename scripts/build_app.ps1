# Builds the Windows bundle from build.spec (the PowerShell twin of scripts/build_app.sh): pinned
# versions from packaging\constraints.txt in a venv of its own (.venv-build), PyInstaller, a smoke
# test (version, a workspace, the demo, the window with every page offscreen, a PDF report), then
#   dist\upr-desktop-<version>-windows-<arch>.zip
# and, when Inno Setup 6 is installed (iscc.exe), dist\upr-desktop-<version>-windows-<arch>-setup.exe.
# Signing: set UPR_DESKTOP_SIGN_CERT_SHA1 (a code-signing certificate in the certificate store) and
# signtool.exe signs both programs and the installer. docs/packaging.md has the details.
#   powershell -ExecutionPolicy Bypass -File scripts\build_app.ps1 [-NoArchive]
param([switch]$NoArchive)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Invoke-Checked {
    param([string]$Program, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $Program $($Arguments -join ' ')" }
}

$here = Split-Path -Parent $PSScriptRoot
$venv = if ($env:UPR_DESKTOP_BUILD_VENV) { $env:UPR_DESKTOP_BUILD_VENV } else { Join-Path $here ".venv-build" }
$python = Join-Path $venv "Scripts\python.exe"
if (-not (Test-Path $python)) {
    $base = if ($env:PYTHON) { $env:PYTHON } else { "py" }
    if ($base -eq "py") { Invoke-Checked py -3.11 -m venv $venv } else { Invoke-Checked $base -m venv $venv }
    Invoke-Checked $python -m pip install -q --disable-pip-version-check --upgrade pip
}
Invoke-Checked $python -m pip install -q --disable-pip-version-check -c (Join-Path $here "packaging\constraints.txt") -e "$here[build]"
$version = (& $python -c "import upr_desktop; print(upr_desktop.__version__)").Trim()
$arch = if ($env:PROCESSOR_ARCHITECTURE -eq "ARM64") { "arm64" } else { "x86_64" }

Push-Location $here
try {
    Invoke-Checked (Join-Path $venv "Scripts\pyinstaller.exe") --noconfirm --clean --log-level WARN build.spec
} finally { Pop-Location }
$bundle = Join-Path $here "dist\upr-desktop"
$app = Join-Path $bundle "upr-desktop.exe"
$cli = Join-Path $bundle "upr-desktop-cli.exe"

if ($env:UPR_DESKTOP_SIGN_CERT_SHA1) {
    $timestamp = if ($env:UPR_DESKTOP_TIMESTAMP_URL) { $env:UPR_DESKTOP_TIMESTAMP_URL } else { "http://timestamp.digicert.com" }
    Invoke-Checked signtool sign /sha1 $env:UPR_DESKTOP_SIGN_CERT_SHA1 /fd SHA256 /tr $timestamp /td SHA256 $app $cli
}

# --- prove it runs (the console program: the windowed one has no output to read) ---------------
$tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("upr-desktop-smoke-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $tmp | Out-Null
$env:QT_QPA_PLATFORM = "offscreen"
$env:UPR_DESKTOP_HOME = $tmp
try {
    $reported = (& $cli --version).Trim()
    if ($reported -ne "upr-desktop $version") { throw "version: $reported" }
    Invoke-Checked $cli --workspace "$tmp\smoke.uprw" init --name "Smoke test" --country Kenya | Out-Null
    Invoke-Checked $cli demo --workspace "$tmp\demo.uprw" | Out-Null
    $env:UPR_DESKTOP_QUIT_AFTER_MS = "10000"
    $smoke = & $cli "$tmp\demo.uprw"
    if ($LASTEXITCODE -ne 0 -or -not ($smoke -match "window: MainWindow") -or ($smoke -match "PlaceholderPage")) { throw "window smoke test: $smoke" }
    $gui = Start-Process -FilePath $app -ArgumentList "`"$tmp\demo.uprw`"" -Wait -PassThru
    if ($gui.ExitCode -ne 0) { throw "the windowed program exited with $($gui.ExitCode)" }
    Remove-Item Env:\UPR_DESKTOP_QUIT_AFTER_MS
    Invoke-Checked $cli --workspace "$tmp\demo.uprw" report --kind implementation -o "$tmp\report.pdf" | Out-Null
    $head = [System.Text.Encoding]::ASCII.GetString([System.IO.File]::ReadAllBytes("$tmp\report.pdf")[0..4])
    if ($head -ne "%PDF-") { throw "the PDF report is not a PDF" }
} finally {
    Remove-Item Env:\QT_QPA_PLATFORM, Env:\UPR_DESKTOP_HOME -ErrorAction SilentlyContinue
    Remove-Item -Recurse -Force $tmp -ErrorAction SilentlyContinue
}
Copy-Item (Join-Path $here "LICENSE") $bundle
Copy-Item (Join-Path $bundle "_internal\upr_desktop\resources\THIRD-PARTY-NOTICES.txt") $bundle
$size = (Get-ChildItem -Recurse $bundle | Measure-Object -Property Length -Sum).Sum
Write-Host ("bundle size: {0:N1} MB" -f ($size / 1MB))
if ($NoArchive) { Write-Host "build ok: $bundle"; exit 0 }

# --- what people download -------------------------------------------------------------------
$name = "upr-desktop-$version-windows-$arch"
$zip = Join-Path $here "dist\$name.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path $bundle -DestinationPath $zip
Write-Host "build ok: $zip"
$iscc = Get-Command iscc.exe -ErrorAction SilentlyContinue
if (-not $iscc) {
    $default = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
    if (Test-Path $default) { $iscc = Get-Item $default }
}
if ($iscc) {
    Invoke-Checked $iscc.Source /Qp "/DAppVersion=$version" "/DSourceDir=$bundle" "/DOutputDir=$(Join-Path $here 'dist')" "/DOutputName=$name-setup" (Join-Path $here "packaging\windows\upr-desktop.iss")
    $setup = Join-Path $here "dist\$name-setup.exe"
    if ($env:UPR_DESKTOP_SIGN_CERT_SHA1) {
        Invoke-Checked signtool sign /sha1 $env:UPR_DESKTOP_SIGN_CERT_SHA1 /fd SHA256 /tr $timestamp /td SHA256 $setup
    }
    Write-Host "installer: $setup"
} else {
    Write-Host "Inno Setup 6 not found: no installer made (https://jrsoftware.org/isinfo.php; docs/packaging.md)"
}
