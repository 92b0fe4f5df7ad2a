; The Windows installer of kiosk (Inno Setup 6.3 or newer): the frozen one-folder bundle into Program Files,
; Start-menu entries for the counter and the self-service kiosk, and an uninstaller.
;
; Build the bundle, then the installer, with one command in the checkout:
;     py packaging\bundle.py --installer
; which writes the installer's words in four languages (build\pyinstaller\messages.iss) and runs
;     iscc /DAppVersion=X.Y.Z /DBundle=dist\kiosk /DMessages=build\pyinstaller\messages.iss /Odist packaging\windows\kiosk.iss
; The installer is dist\kiosk-X.Y.Z-setup.exe. Relative paths below are from this script's folder (packaging\windows).
;
; What a till keeps (its database, settings and logs, under %LOCALAPPDATA%\kiosk of the account that runs it)
; is not in {app} and stays when kiosk is uninstalled: the shop's customers' data is not removed by a click.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=X.Y.Z kiosk.iss (py packaging\bundle.py --installer does)
#endif
#ifndef Messages
  #error Give the installer's words: iscc /DMessages=PATH kiosk.iss (py packaging\bundle.py --installer writes them)
#endif
#ifndef Bundle
  #define Bundle "..\..\dist\kiosk"
#endif
#define Icon AddBackslash(SourcePath) + "..\..\resources\icons\kiosk.ico"

[Setup]
; The same AppId in every version, so a new installer upgrades the installed kiosk in place.
AppId={{6C1B4E52-3B7F-4C53-9E0A-2F4D8A1C7B90}
AppName=Kiosk
AppVersion={#AppVersion}
AppVerName=Kiosk {#AppVersion}
DefaultDirName={autopf}\Kiosk
DefaultGroupName=Kiosk
DisableProgramGroupPage=yes
; Program Files for every account of the PC: a kiosk PC's own account is not its administrator.
PrivilegesRequired=admin
; The bundle is built by a 64-bit Python: 64-bit Windows only, installed as a 64-bit program.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kiosk-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kiosk.exe
UninstallDisplayName=Kiosk {#AppVersion}
#if FileExists(Icon)
SetupIconFile={#Icon}
#endif

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "it"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "pt"; MessagesFile: "compiler:Languages\Portuguese.isl"

; The entries' names and the installer's words, in each language, from the app's translations (the Start-menu
; entries are named as the Linux menu's): packaging/bundle.py writes them and gives their file as /DMessages.
#include Messages

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopShortcut}"; Flags: unchecked

[Files]
; The whole bundle: kiosk.exe (the command, with a console), kioskw.exe (the same without one) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; kioskw.exe: started from the Start menu, the app opens no console window beside its own.
Name: "{group}\{cm:CounterEntry}"; Filename: "{app}\kioskw.exe"; WorkingDir: "{app}"
Name: "{group}\{cm:KioskEntry}"; Filename: "{app}\kioskw.exe"; Parameters: "--face kiosk"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,Kiosk}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:CounterEntry}"; Filename: "{app}\kioskw.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\kioskw.exe"; Description: "{cm:LaunchProgram,Kiosk}"; Flags: nowait postinstall skipifsilent
