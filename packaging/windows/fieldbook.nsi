; Fieldbook for Windows: a per-user installer (no administrator rights asked).
;
; Built on the Windows CI runner after `python packaging\build.py build` (see
; docs/packaging.md):
;   makensis /DVERSION=0.1.0 /DDIST=..\..\dist\fieldbook /DOUTFILE=..\..\dist\Fieldbook-0.1.0-windows-x64-setup.exe packaging\windows\fieldbook.nsi
;
; Installs into %LOCALAPPDATA%\Programs\Fieldbook, adds a Start-menu entry and an entry in
; "Installed apps". The uninstaller removes the program; the encrypted profile in
; %LOCALAPPDATA%\Fieldbook (where platformdirs puts it) stays unless the person ticks
; "Delete my encrypted profile" (or runs the uninstaller with /DELETEPROFILE).

Unicode true
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: makensis /DVERSION=x.y.z (protocol/version.py)"
!endif
!ifndef DIST
  !define DIST "..\..\dist\fieldbook"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\Fieldbook-${VERSION}-windows-x64-setup.exe"
!endif
!ifndef ICON
  !define ICON "..\..\build\icons\fieldbook.ico"
!endif

!define APP "Fieldbook"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Fieldbook"
!define PROFILE_DIR "$LOCALAPPDATA\Fieldbook"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"
!include "Sections.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Fieldbook"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP} ${VERSION}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\fieldbook.exe"
!define MUI_UNCOMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

; NSIS has no Turkmen: Russian is the language most Turkmen readers of an installer share.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

LangString SecProgram ${LANG_ENGLISH} "Fieldbook program"
LangString SecProgram ${LANG_RUSSIAN} "Программа Fieldbook"
LangString SecProfile ${LANG_ENGLISH} "Delete my encrypted profile (every observation on this computer)"
LangString SecProfile ${LANG_RUSSIAN} "Удалить мой зашифрованный профиль (все наблюдения на этом компьютере)"
LangString ConfirmProfile ${LANG_ENGLISH} "Delete the encrypted profile and its backups in $\r$\n${PROFILE_DIR}?$\r$\n$\r$\nObservations not yet sent to the server are lost for good."
LangString ConfirmProfile ${LANG_RUSSIAN} "Удалить зашифрованный профиль и его резервные копии в$\r$\n${PROFILE_DIR}?$\r$\n$\r$\nНаблюдения, ещё не отправленные на сервер, будут потеряны навсегда."
LangString ProfileKept ${LANG_ENGLISH} "Your encrypted profile is kept in ${PROFILE_DIR}."
LangString ProfileKept ${LANG_RUSSIAN} "Ваш зашифрованный профиль сохранён в ${PROFILE_DIR}."

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "AGPL-3.0-or-later"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "Fieldbook" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An update replaces the program folder whole: no file of the old version stays behind.
  RMDir /r "$INSTDIR\_internal"
  File "${DIST}\fieldbook.exe"
  File "${DIST}\fieldbook-cli.exe"
  File /r "${DIST}\_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\fieldbook.exe" "" "$INSTDIR\fieldbook.exe" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "Fieldbook"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\fieldbook.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "un.$(SecProgram)" SecUnProgram
  SectionIn RO
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: a folder chosen by the person may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\fieldbook.exe"
  Delete "$INSTDIR\fieldbook-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd

; Off unless ticked: the profile holds the only copy of unsent observations.
Section /o "un.$(SecProfile)" SecUnProfile
  IfSilent delete
  MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmProfile)" IDYES delete
  DetailPrint "$(ProfileKept)"
  Goto done
  delete:
    RMDir /r "${PROFILE_DIR}"
  done:
SectionEnd

Function un.onUninstSuccess
  ${IfNot} ${SectionIsSelected} ${SecUnProfile}
    IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(ProfileKept)"
  ${EndIf}
FunctionEnd

; After the sections: their index names exist from there on.
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  ; Silent or scripted: the profile goes only when asked by name.
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/DELETEPROFILE" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecUnProfile} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
