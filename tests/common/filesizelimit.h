// A write that fails for every user, root included: while a FileSizeLimit
// lives, this process cannot make any regular file longer than `bytes`
// (RLIMIT_FSIZE; writes past it fail with EFBIG, "File too large"). A
// read-only folder is no test in CI, where the tests run as root and root
// writes into it anyway.
#pragma once

#include <csignal>
#include <sys/resource.h>

namespace ryuk::test {

class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &mSaved);
        // Past the limit the kernel also sends SIGXFSZ, which would end the test.
        mSavedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = mSaved;
        limit.rlim_cur = bytes;
        mActive = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &mSaved);
        std::signal(SIGXFSZ, mSavedHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    // False if the limit could not be set (the test should then fail, not pass).
    bool active() const { return mActive; }

private:
    rlimit mSaved{};
    void (*mSavedHandler)(int) = SIG_DFL;
    bool mActive = false;
};

} // namespace ryuk::test
