; Inno Setup 6 script: the Windows installer of UPR Desktop, built by scripts\build_app.ps1 from the
; PyInstaller folder (dist\upr-desktop). Per-user by default (no administrator needed: field laptops),
; per-machine when run as administrator. Adds a Start-menu entry, opens .uprw workspaces with the
; app, and removes all of it (never the workspaces) on uninstall.
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\upr-desktop upr-desktop.iss

#ifndef AppVersion
  #error Pass /DAppVersion=X.Y.Z (scripts\build_app.ps1 does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\upr-desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef OutputName
  #define OutputName "upr-desktop-" + AppVersion + "-windows-x86_64-setup"
#endif

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6F1C8E52-3B7A-4C1D-9E0B-5A2D7C4F8E31}
AppName=UPR Desktop
AppVersion={#AppVersion}
AppVerName=UPR Desktop {#AppVersion}
AppPublisher=UPR Desktop contributors
DefaultDirName={autopf}\UPR Desktop
DefaultGroupName=UPR Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\upr-desktop.ico
UninstallDisplayIcon={app}\upr-desktop.exe
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename={#OutputName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\UPR Desktop"; Filename: "{app}\upr-desktop.exe"
Name: "{autodesktop}\UPR Desktop"; Filename: "{app}\upr-desktop.exe"; Tasks: desktopicon

[Registry]
; .uprw workspaces open with UPR Desktop (HKA: the current user's or the machine's classes).
Root: HKA; Subkey: "Software\Classes\.uprw\OpenWithProgids"; ValueType: string; ValueName: "UPRDesktop.Workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\UPRDesktop.Workspace"; ValueType: string; ValueName: ""; ValueData: "UPR Desktop workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\UPRDesktop.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\upr-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\UPRDesktop.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\upr-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\upr-desktop.exe\SupportedTypes"; ValueType: string; ValueName: ".uprw"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\upr-desktop.exe"; Description: "{cm:LaunchProgram,UPR Desktop}"; Flags: nowait postinstall skipifsilent
