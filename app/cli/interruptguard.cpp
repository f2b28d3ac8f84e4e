#include "cli/interruptguard.h"

#include <atomic>
#include <csignal>

namespace lookbook::cli {

namespace {

std::atomic_bool g_interrupted{false};

void interrupt(int)
{
    g_interrupted = true;
}

} // namespace

InterruptGuard::InterruptGuard()
{
    std::signal(SIGINT, interrupt);
}

InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, SIG_DFL);
}

bool InterruptGuard::interrupted()
{
    return g_interrupted.load();
}

} // namespace lookbook::cli
