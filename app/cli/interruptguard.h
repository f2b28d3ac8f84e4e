#pragma once

namespace lookbook::cli {

// Ctrl-C while a long command runs asks its work to stop at the next step (checkpoints and what was
// written so far stay, for --resume); the default handler is back once the guard goes.
class InterruptGuard final
{
public:
    InterruptGuard();
    ~InterruptGuard();
    InterruptGuard(const InterruptGuard &) = delete;
    InterruptGuard &operator=(const InterruptGuard &) = delete;

    // For the work's cancellation callback.
    static bool interrupted();
};

} // namespace lookbook::cli
