; Inno Setup 6 script for SafeSteps (安心清单 / 安心清單). This file is UTF-8 with a byte order mark: keep it
; that way, the Chinese messages below depend on it.
;
; Built by packaging/build.py on Windows (after PyInstaller), which passes the defines below:
;   ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 /DSourceDir=...\build\pyinstaller\dist\safesteps
;        /DOutputDir=...\dist /DIconFile=...\build\icons\safesteps.ico
;        [/DUnofficialLanguages=<folder with ChineseSimplified.isl and ChineseTraditional.isl>]
;
; Languages: English ships with Inno Setup (compiler:Default.isl). The Simplified and Traditional Chinese
; translations are "unofficial" Inno Setup translations: they live in the Inno Setup source repository
; (jrsoftware/issrc, Files/Languages/Unofficial/) and are not installed with Inno Setup. The GitHub workflow
; downloads both files for the installed Inno Setup version and passes their folder as UnofficialLanguages;
; by hand, copy them to "<Inno Setup folder>\Languages\Unofficial\" (the default below).

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=x.y.z (packaging/build.py does)
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\build\pyinstaller\dist\safesteps"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\safesteps.ico"
#endif
#ifndef UnofficialLanguages
  #define UnofficialLanguages "compiler:Languages\Unofficial"
#endif

[Setup]
; AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{ECD7CC58-8DB1-4BBA-9371-A9A87D3D7AC6}
AppName=SafeSteps
AppVersion={#AppVersion}
AppVerName=SafeSteps {#AppVersion}
AppPublisher=SafeSteps developers
VersionInfoVersion={#FileVersion}
VersionInfoProductName=SafeSteps
VersionInfoDescription=SafeSteps installer
; Per-user install by default (%LOCALAPPDATA%\Programs\SafeSteps, no administrator rights needed); the user can
; choose an install for all users in a dialog (or with /ALLUSERS on the command line).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
DefaultDirName={autopf}\SafeSteps
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 or newer.
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=SafeSteps-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\safesteps.exe
UninstallDisplayName=SafeSteps
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Offer the language list only when the Windows display language is none of the three.
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "{#UnofficialLanguages}\ChineseSimplified.isl"
Name: "chinesetraditional"; MessagesFile: "{#UnofficialLanguages}\ChineseTraditional.isl"

[CustomMessages]
english.AppDisplayName=SafeSteps
chinesesimplified.AppDisplayName=安心清单
chinesetraditional.AppDisplayName=安心清單
english.StartNow=Start SafeSteps now
chinesesimplified.StartNow=现在打开安心清单
chinesetraditional.StartNow=現在開啟安心清單
english.RemoveUserData=SafeSteps has been removed.%n%nYour SafeSteps data (profiles and the steps you ticked) is still in:%n%1%n%nDelete it as well? Choose No to keep it, for example to install SafeSteps again later.
chinesesimplified.RemoveUserData=安心清单已卸载。%n%n您的安心清单资料（各人的档案和已勾选的步骤）还保存在：%n%1%n%n要一并删除吗？选“否”会保留这些资料，以后重新安装时还能继续使用。
chinesetraditional.RemoveUserData=安心清單已解除安裝。%n%n您的安心清單資料（各人的檔案和已勾選的步驟）還保存在：%n%1%n%n要一併刪除嗎？選「否」會保留這些資料，以後重新安裝時還能繼續使用。
english.RemoveUserDataFailed=Some files in %1 could not be deleted. You can delete the folder yourself.
chinesesimplified.RemoveUserDataFailed=%1 中有些文件无法删除，您可以自己删除这个文件夹。
chinesetraditional.RemoveUserDataFailed=%1 中有些檔案無法刪除，您可以自行刪除這個資料夾。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of an older version may stay behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The Start-menu entry, named in the installer's language.
Name: "{autoprograms}\{cm:AppDisplayName}"; Filename: "{app}\safesteps.exe"; Comment: "SafeSteps"
Name: "{autodesktop}\{cm:AppDisplayName}"; Filename: "{app}\safesteps.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\safesteps.exe"; Description: "{cm:StartNow}"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling keeps the user's data (%APPDATA%\SafeSteps: one SQLite file with every profile and tick) unless
// the user asks for it to go. The question comes after the program files are gone; "No" is the default, and a
// silent uninstall (/SUPPRESSMSGBOXES) keeps the data.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{userappdata}\SafeSteps');
    if DirExists(DataDir) then
    begin
      if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveUserData'), [DataDir]),
                            mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      begin
        if not DelTree(DataDir, True, True, True) then
          SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveUserDataFailed'), [DataDir]), mbError, MB_OK, IDOK);
      end;
    end;
  end;
end;
