// Fuzzes the import of Twee 3 (and Twee 1 and 2) story files, strict and lenient.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ryuk::fuzz::importBytes("story.twee", data, size);
    return 0;
}
