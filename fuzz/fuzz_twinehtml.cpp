// Fuzzes the import of published Twine 2 HTML story files, strict and lenient.
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ryuk::fuzz::importBytes("story.html", data, size);
    return 0;
}
