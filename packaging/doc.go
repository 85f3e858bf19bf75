// Package packaging holds the sources of the system packages that IT departments deploy: the
// WiX source of the Windows MSI (windows/attache.wxs, built by scripts/windows-msi.sh with
// msitools' wixl) and the control file of the Debian package (debian/control, filled in by
// scripts/package-deb.sh). It has no Go code of its own; its tests guard the identifiers
// that must never change once an installer has shipped.
package packaging
