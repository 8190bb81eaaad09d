// libedit's readline-compatible API, with accessors for the C globals Swift 6 cannot touch directly.
// Include <editline/readline.h>, not <readline/readline.h>: GNU readline's headers may also be installed.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

/// Candidate generator for Tab completion: `text` is the word being completed, `start` its offset in the line.
typedef char **okr_completion_function(const char *text, int start, int end);

static inline void okr_set_readline_name(const char *name) { rl_readline_name = name; }

static inline void okr_set_completion(okr_completion_function *function) {
    rl_attempted_completion_function = (rl_completion_func_t *)function;
}

/// The line typed so far, for completing arguments by the command they follow.
static inline const char *okr_line_buffer(void) { return rl_line_buffer; }

/// Stop libedit from falling back to file-name completion when there is no candidate.
static inline void okr_set_attempted_completion_over(int value) { rl_attempted_completion_over = value; }

static inline void okr_set_completion_append_character(int c) { rl_completion_append_character = c; }

static inline FILE *okr_stdout(void) { return stdout; }

#include <signal.h>
#include <locale.h>

/// Set by the SIGINT handler; `readline()` returns NULL when it fires, and this tells Ctrl-C from Ctrl-D.
static volatile sig_atomic_t okr_interrupted = 0;

static void okr_on_sigint(int signal) { (void)signal; okr_interrupted = 1; }

/// Installs a SIGINT handler that only sets a flag (no SA_RESTART, so a blocked read returns).
static inline void okr_install_sigint_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = okr_on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    /* A parent may have left SIGINT blocked; Ctrl-C must still reach us. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Returns whether Ctrl-C was pressed since the last call, and clears the flag.
static inline int okr_take_interrupt(void) {
    int was = okr_interrupted;
    okr_interrupted = 0;
    return was;
}

static int okr_on_ctrl_c_key(int count, int key) {
    (void)count; (void)key;
    okr_interrupted = 1;
    rl_done = 1;
    return 0;
}

/// Makes Ctrl-C, while a line is being edited, a key that ends the line as interrupted, instead of a signal.
/// A signal that lands between two reads would be noticed only at the next key; a key binding never races.
/// Outside line editing, terminal settings are unchanged and Ctrl-C still raises SIGINT (caught above).
static inline void okr_bind_ctrl_c(void) {
    rl_initialize();
    rl_parse_and_bind("setty -d -isig");
    rl_add_defun("okr-interrupt", okr_on_ctrl_c_key, 3);
}

/// Whole-line completion: no word breaks, so candidates replace the entire line.
static inline void okr_set_whole_line_completion(void) {
    rl_basic_word_break_characters = "";
    rl_completer_word_break_characters = "";
}
