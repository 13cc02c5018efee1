; Inno Setup 6 script: a per-user installer of the PyInstaller bundle (no admin rights),
; with a Start-menu shortcut (and one for training mode) and an uninstaller.
;
;   py -m pip install -e ".[package]"
;   py packaging\build.py
;   iscc /DAppVersion=0.1.0 packaging\windows\claimdesk.iss
;
; -> dist\ClaimDesk-0.1.0-setup.exe. AppVersion must be pyproject.toml's version
; (packaging/README.md shows how to read it).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\claimdesk.iss
#endif

[Setup]
AppId={{6A1C2E4B-5D0F-4C8E-9A57-2B1F0C3D7E11}
AppName=ClaimDesk
AppVersion={#AppVersion}
AppPublisher=ClaimDesk
; Per user: {autopf} is %LOCALAPPDATA%\Programs; with /ALLUSERS (admin) it is Program Files.
DefaultDirName={autopf}\ClaimDesk
DefaultGroupName=ClaimDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ClaimDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\claimdesk.ico
UninstallDisplayIcon={app}\claimdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Files]
Source: "..\..\dist\claimdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ClaimDesk"; Filename: "{app}\claimdesk.exe"
Name: "{autoprograms}\ClaimDesk (training mode)"; Filename: "{app}\claimdesk.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\claimdesk.exe"; Description: "Start ClaimDesk"; Flags: nowait postinstall skipifsilent

; The uninstaller removes what [Files] installed (the program never writes there). The user's
; claims and settings (%LOCALAPPDATA%\ClaimDesk) and secrets (Credential Locker) are kept.
