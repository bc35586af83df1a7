#ifndef PARLEY_NCURSES_SHIM_H
#define PARLEY_NCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <signal.h>
#include <ncurses.h>

// C macros and mutable globals are invisible or unsafe in Swift 6: wrap the ones we use.
static inline WINDOW *parley_stdscr(void) { return stdscr; }
static inline int parley_lines(void) { return LINES; }
static inline int parley_cols(void) { return COLS; }
static inline int parley_colors(void) { return COLORS; }
static inline int parley_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t parley_a_bold(void) { return A_BOLD; }
static inline attr_t parley_a_dim(void) { return A_DIM; }
static inline attr_t parley_a_underline(void) { return A_UNDERLINE; }
static inline attr_t parley_a_reverse(void) { return A_REVERSE; }
static inline attr_t parley_a_italic(void) { return A_ITALIC; }
static inline attr_t parley_a_normal(void) { return A_NORMAL; }

// A screen on the standard streams; NULL (not exit) when the terminal type is unknown.
static inline SCREEN *parley_newterm(void) { return newterm(NULL, stdout, stdin); }

static inline mmask_t parley_wheel_up(void) { return BUTTON4_PRESSED; }
#if defined(BUTTON5_PRESSED)
static inline mmask_t parley_wheel_down(void) { return BUTTON5_PRESSED; }
#else
static inline mmask_t parley_wheel_down(void) { return 0; }
#endif
static inline mmask_t parley_button1(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED; }

// Leave curses mode, then die of the signal as if we had not caught it.
static inline void parley_restore_and_reraise(int sig) {
    if (!isendwin()) endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void parley_install_signal_handlers(void) {
    // A parent may have left these blocked (test runners do); the reader must still hear them.
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGQUIT);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    signal(SIGINT, parley_restore_and_reraise);
    signal(SIGTERM, parley_restore_and_reraise);
    signal(SIGHUP, parley_restore_and_reraise);
    signal(SIGQUIT, parley_restore_and_reraise);
}

static inline void parley_endwin_at_exit(void) { if (!isendwin()) endwin(); }
#endif
