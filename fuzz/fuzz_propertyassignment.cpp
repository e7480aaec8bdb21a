// Fuzzes the KEY=VALUE syntax of `ryuk set`, then applies what it reads to a
// Scene's properties as the store would.
#include "fuzzsupport.h"

#include "core/properties.h"
#include "core/propertyassignment.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace ryuk;
    const QString argument = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto change = parsePropertyAssignment(argument);
    if (!change) {
        if (change.error().message.isEmpty())
            fuzz::broken("a refusal without a message");
        return 0;
    }
    if (!change->json || change->key.empty())
        fuzz::broken("an assignment without a key or a value");
    auto applied = applyPropertyChanges(R"({"chapter":1,"title":"Start"})", {*change});
    if (applied)
        (void)checkNodeProperties("s1", "Scene", *applied);
    return 0;
}
