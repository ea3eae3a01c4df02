/* A test shim, never shipped: Rust's standard library on Windows takes its
 * random numbers from ProcessPrng in bcryptprimitives.dll, which Wine 8
 * lacks, so no Rust program starts there. Built as bcryptprimitives.dll and
 * put where Wine looks first, this forwards ProcessPrng to RtlGenRandom
 * (advapi32's SystemFunction036), which Wine has.
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll \
 *       processprng-shim.c processprng-shim.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* RtlGenRandom takes at most ULONG bytes at a time. */
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
