<#
.SYNOPSIS
  Build LCS Desktop for Windows: forms, tests, frozen app, its self-test, the MSI, signatures.

.DESCRIPTION
  Run from a checkout with the package installed (pip install -e ".[test,dev]") on 64-bit
  Windows with WiX Toolset 3 (candle, heat, light: `choco install wixtoolset`).

    powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-SkipTests]

  Steps, each stopping the build when it fails:
    1. regenerate the Designer forms (ui\compile_forms.py), if the project has it
    2. run the tests (the quick set: the slow set builds Linux bundles)
    3. freeze with PyInstaller (installer\lcs_desktop.spec) into dist\LCSDesktop\
    4. run the frozen "LCSDesktop.exe --self-test"; its report is kept in build\selftest.txt
    5. sign LCSDesktop.exe, when a certificate is configured
    6. build dist\LCSDesktop-<version>.msi with WiX 3 from installer\lcs_desktop.wxs
    7. sign the MSI, when a certificate is configured, and write its SHA-256 beside it

  Signing (optional; unsigned otherwise), from environment variables:
    SIGN_PFX_FILE or SIGN_PFX_BASE64   the code-signing certificate (.pfx), as a file or base64
    SIGN_PFX_PASSWORD                  its password
    SIGN_CERT_THUMBPRINT               instead of a .pfx: a certificate in the machine's store
    SIGN_TIMESTAMP_URL                 the certificate authority's RFC 3161 timestamp server
#>
param(
    [switch]$SkipTests,
    [string]$Python = "python"
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Step([string]$Text) { Write-Host "`n== $Text" -ForegroundColor Cyan }
function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

$Version = (& $Python installer\project_version.py).Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "could not read the version from pyproject.toml" }
Write-Host "LCS Desktop $Version"
New-Item -ItemType Directory -Force -Path build, dist | Out-Null

Step "1. Designer forms"
if (Test-Path ui\compile_forms.py) { Run $Python @("ui\compile_forms.py") } else { Write-Host "no ui\compile_forms.py: skipped" }

Step "2. Tests"
if ($SkipTests) { Write-Host "skipped (-SkipTests)" } else { Run $Python @("-m", "pytest", "-q", "-m", "not slow") }

Step "3. Freeze (PyInstaller)"
Run $Python @("-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist",
              "--workpath", "build\pyinstaller", "installer\lcs_desktop.spec")
$Bundle = Join-Path $Root "dist\LCSDesktop"
$Exe = Join-Path $Bundle "LCSDesktop.exe"
if (-not (Test-Path $Exe)) { throw "PyInstaller did not produce $Exe" }

Step "4. Frozen self-test"
# The app is windowed (no console of its own), so it also writes its report to a file.
$Report = Join-Path $Root "build\selftest.txt"
$env:LCS_SELF_TEST_REPORT = $Report
$env:LCS_DATA_DIR = Join-Path $env:TEMP "lcs-build-selftest-data"
$Proc = Start-Process -FilePath $Exe -ArgumentList "--self-test" -Wait -PassThru -NoNewWindow
Remove-Item Env:\LCS_SELF_TEST_REPORT, Env:\LCS_DATA_DIR
if (Test-Path $Report) { Get-Content $Report | Write-Host } else { Write-Host "(no report written)" }
if ($Proc.ExitCode -ne 0) { throw "the frozen self-test failed (exit code $($Proc.ExitCode)); see above" }

function Find-SignTool {
    $cmd = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    $kits = Join-Path ${env:ProgramFiles(x86)} "Windows Kits\10\bin"
    $found = Get-ChildItem $kits -Recurse -Filter signtool.exe -ErrorAction SilentlyContinue |
        Where-Object { $_.FullName -match "\\x64\\" } | Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $found) { throw "signing was asked for but signtool.exe was not found (install the Windows SDK)" }
    return $found.FullName
}

$SignArgs = $null
if ($env:SIGN_PFX_BASE64 -and -not $env:SIGN_PFX_FILE) {
    $env:SIGN_PFX_FILE = Join-Path $env:TEMP "lcs-signing.pfx"
    [IO.File]::WriteAllBytes($env:SIGN_PFX_FILE, [Convert]::FromBase64String($env:SIGN_PFX_BASE64))
}
if ($env:SIGN_PFX_FILE -or $env:SIGN_CERT_THUMBPRINT) {
    if (-not $env:SIGN_TIMESTAMP_URL) { throw "set SIGN_TIMESTAMP_URL: a signature without a timestamp dies with the certificate" }
    $SignTool = Find-SignTool
    $SignArgs = @("sign", "/fd", "SHA256", "/tr", $env:SIGN_TIMESTAMP_URL, "/td", "SHA256", "/d", "LCS Desktop")
    if ($env:SIGN_PFX_FILE) { $SignArgs += @("/f", $env:SIGN_PFX_FILE, "/p", $env:SIGN_PFX_PASSWORD) }
    else { $SignArgs += @("/sha1", $env:SIGN_CERT_THUMBPRINT, "/sm") }
}
function Sign([string]$Path) {
    if (-not $SignArgs) { Write-Host "not signed (no certificate configured): $Path"; return }
    Run $SignTool ($SignArgs + @($Path))
    Run $SignTool @("verify", "/pa", $Path)
}

Step "5. Sign the program"
Sign $Exe

Step "6. MSI (WiX 3)"
$WixBin = $null
foreach ($dir in @($(if ($env:WIX) { Join-Path $env:WIX "bin" }),
                   (Get-ChildItem "${env:ProgramFiles(x86)}\WiX Toolset v3*\bin" -ErrorAction SilentlyContinue |
                        Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName))) {
    if ($dir -and (Test-Path (Join-Path $dir "candle.exe"))) { $WixBin = $dir; break }
}
if (-not $WixBin) {
    $cmd = Get-Command candle.exe -ErrorAction SilentlyContinue
    if ($cmd) { $WixBin = Split-Path $cmd.Source }
}
if (-not $WixBin) { throw "WiX Toolset 3 was not found (candle.exe). Install it: choco install wixtoolset" }
$Wix = Join-Path $Root "build\wix"
if (Test-Path $Wix) { Remove-Item -Recurse -Force $Wix }
New-Item -ItemType Directory -Force -Path $Wix | Out-Null
$Msi = Join-Path $Root "dist\LCSDesktop-$Version.msi"
# The file list, harvested from the bundle like wixl-heat does on Linux (never committed).
Run (Join-Path $WixBin "heat.exe") @("dir", $Bundle, "-nologo", "-cg", "AppFiles", "-dr", "INSTALLDIR",
    "-ag", "-sfrag", "-srd", "-sreg", "-scom", "-var", "var.SourceDir", "-out", "$Wix\files.wxs")
Run (Join-Path $WixBin "candle.exe") @("-nologo", "-arch", "x64", "-dProductVersion=$Version",
    "-dSourceDir=$Bundle", "-dIconFile=$Root\resources\app.ico", "-out", "$Wix\",
    "installer\lcs_desktop.wxs", "$Wix\files.wxs")
Run (Join-Path $WixBin "light.exe") @("-nologo", "-out", $Msi, "$Wix\lcs_desktop.wixobj", "$Wix\files.wixobj")

Step "7. Sign the MSI"
Sign $Msi
$Hash = (Get-FileHash -Algorithm SHA256 $Msi).Hash.ToLower()
"$Hash  $(Split-Path -Leaf $Msi)" | Set-Content -Encoding ascii "$Msi.sha256"

$BundleMiB = [math]::Round(((Get-ChildItem $Bundle -Recurse -File | Measure-Object Length -Sum).Sum / 1MB), 1)
$MsiMiB = [math]::Round((Get-Item $Msi).Length / 1MB, 1)
Write-Host "`nDone: $Msi ($MsiMiB MiB; bundle $BundleMiB MiB; SHA-256 $Hash)" -ForegroundColor Green
