# Builds and installs Odyssey where Debian expects it.
#
#   make                      release build of odysseyd and odysseyctl
#   sudo make install         binaries, man pages, completions, systemd unit, sysusers,
#                             tmpfiles, migrations, example env file
#   make install DESTDIR=$PWD/debian/odyssey PREFIX=/usr     staged, for a package
#   sudo make uninstall
#
# `make install` builds only binaries that are missing, so `make && sudo make install` works
# without swift on root's PATH. SKIP_BUILD=1 never builds: it installs what is in
# BINDIR_SOURCE (default .build/release); the packaging test uses it with a debug build.
# The systemd, sysusers and tmpfiles files go under /usr/lib whatever PREFIX is: systemd
# looks for package files there (and in /etc), not under /usr/local.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
INSTALL ?= install
SKIP_BUILD ?=

BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share/odyssey
DOCDIR = $(PREFIX)/share/doc/odyssey
BASH_COMPLETIONS = $(PREFIX)/share/bash-completion/completions
ZSH_COMPLETIONS = $(PREFIX)/share/zsh/vendor-completions
FISH_COMPLETIONS = $(PREFIX)/share/fish/vendor_completions.d
SYSTEMD_UNIT_DIR ?= /usr/lib/systemd/system
SYSUSERS_DIR ?= /usr/lib/sysusers.d
TMPFILES_DIR ?= /usr/lib/tmpfiles.d

BINDIR_SOURCE ?= .build/release
BINARIES = $(BINDIR_SOURCE)/odysseyd $(BINDIR_SOURCE)/odysseyctl

.PHONY: all build install uninstall

all: build

build:
ifeq ($(SKIP_BUILD),)
	$(SWIFT) build -c release --product odysseyd
	$(SWIFT) build -c release --product odysseyctl
endif

ifeq ($(SKIP_BUILD),)
$(BINARIES):
	$(SWIFT) build -c release --product $(@F)
install: $(BINARIES)
endif

install:
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(MANDIR)/man8 \
		$(DESTDIR)$(DATADIR)/migrations $(DESTDIR)$(DOCDIR) \
		$(DESTDIR)$(BASH_COMPLETIONS) $(DESTDIR)$(ZSH_COMPLETIONS) $(DESTDIR)$(FISH_COMPLETIONS) \
		$(DESTDIR)$(SYSTEMD_UNIT_DIR) $(DESTDIR)$(SYSUSERS_DIR) $(DESTDIR)$(TMPFILES_DIR)
	$(INSTALL) -m 0755 $(BINDIR_SOURCE)/odysseyd $(BINDIR_SOURCE)/odysseyctl $(DESTDIR)$(BINDIR)/
	$(INSTALL) -m 0644 man/odysseyctl.1 $(DESTDIR)$(MANDIR)/man1/
	$(INSTALL) -m 0644 man/odysseyd.conf.5 $(DESTDIR)$(MANDIR)/man5/
	$(INSTALL) -m 0644 man/odysseyd.8 $(DESTDIR)$(MANDIR)/man8/
	$(INSTALL) -m 0644 completions/bash/odysseyctl $(DESTDIR)$(BASH_COMPLETIONS)/odysseyctl
	$(INSTALL) -m 0644 completions/zsh/_odysseyctl $(DESTDIR)$(ZSH_COMPLETIONS)/_odysseyctl
	$(INSTALL) -m 0644 completions/fish/odysseyctl.fish $(DESTDIR)$(FISH_COMPLETIONS)/odysseyctl.fish
	$(INSTALL) -m 0644 migrations/*.sql $(DESTDIR)$(DATADIR)/migrations/
	$(INSTALL) -m 0644 dist/odysseyd.env.example $(DESTDIR)$(DOCDIR)/odysseyd.env.example
	# The unit runs /usr/bin/odysseyd; another PREFIX gets its own path written in.
	sed 's|/usr/bin/odysseyd|$(BINDIR)/odysseyd|' dist/odysseyd.service > $(DESTDIR)$(SYSTEMD_UNIT_DIR)/odysseyd.service
	chmod 0644 $(DESTDIR)$(SYSTEMD_UNIT_DIR)/odysseyd.service
	$(INSTALL) -m 0644 dist/odyssey.sysusers $(DESTDIR)$(SYSUSERS_DIR)/odyssey.conf
	$(INSTALL) -m 0644 dist/odyssey.tmpfiles $(DESTDIR)$(TMPFILES_DIR)/odyssey.conf

# Leaves /etc/odyssey, /var/lib/odyssey (the backups) and the user alone: they are the
# operator's, as a Debian package's remove (not purge) would.
uninstall:
	rm -f $(DESTDIR)$(BINDIR)/odysseyd $(DESTDIR)$(BINDIR)/odysseyctl
	rm -f $(DESTDIR)$(MANDIR)/man1/odysseyctl.1 $(DESTDIR)$(MANDIR)/man5/odysseyd.conf.5 $(DESTDIR)$(MANDIR)/man8/odysseyd.8
	rm -f $(DESTDIR)$(BASH_COMPLETIONS)/odysseyctl $(DESTDIR)$(ZSH_COMPLETIONS)/_odysseyctl $(DESTDIR)$(FISH_COMPLETIONS)/odysseyctl.fish
	rm -rf $(DESTDIR)$(DATADIR) $(DESTDIR)$(DOCDIR)
	rm -f $(DESTDIR)$(SYSTEMD_UNIT_DIR)/odysseyd.service $(DESTDIR)$(SYSUSERS_DIR)/odyssey.conf $(DESTDIR)$(TMPFILES_DIR)/odyssey.conf
