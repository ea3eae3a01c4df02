/* A test helper, never shipped: holds a file open the way other programs
 * on Windows do, so that saving beside them can be tested under Wine.
 *
 *   hold-file scan PATH SECONDS   a virus scanner or a preview pane: opens
 *                                 PATH 25 times a second (share read and
 *                                 write, not delete), reads it, closes it
 *   hold-file hold PATH MS        a sync client: keeps PATH open that long
 *
 * Both print "ready" once the first open succeeded and exit 0; 2 on bad
 * arguments, 1 when PATH cannot be opened at all.
 *
 *   x86_64-w64-mingw32-gcc -O2 -municode -o hold-file.exe hold-file.c
 */
#include <windows.h>
#include <stdio.h>
#include <wchar.h>

static HANDLE open_shared(const wchar_t *path)
{
    return CreateFileW(path, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                       OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
}

static int scan(const wchar_t *path, DWORD seconds)
{
    ULONGLONG end = GetTickCount64() + (ULONGLONG)seconds * 1000;
    int opened = 0;
    char buffer[4096];
    while (GetTickCount64() < end) {
        HANDLE h = open_shared(path);
        if (h != INVALID_HANDLE_VALUE) {
            DWORD got;
            while (ReadFile(h, buffer, sizeof buffer, &got, NULL) && got > 0) {
            }
            /* A scanner looks for a while before it lets go. */
            Sleep(15);
            CloseHandle(h);
            if (opened++ == 0) {
                printf("ready\n");
                fflush(stdout);
            } else if (opened % 25 == 0) {
                printf("opened %d times\n", opened);
                fflush(stdout);
            }
        }
        Sleep(25);
    }
    printf("opened %d times\n", opened);
    return opened > 0 ? 0 : 1;
}

static int hold(const wchar_t *path, DWORD ms)
{
    HANDLE h = open_shared(path);
    if (h == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "could not open the file (error %lu)\n", GetLastError());
        return 1;
    }
    printf("ready\n");
    fflush(stdout);
    Sleep(ms);
    CloseHandle(h);
    printf("let go\n");
    return 0;
}

int wmain(int argc, wchar_t **argv)
{
    if (argc == 4 && wcscmp(argv[1], L"scan") == 0)
        return scan(argv[2], (DWORD)_wtoi(argv[3]));
    if (argc == 4 && wcscmp(argv[1], L"hold") == 0)
        return hold(argv[2], (DWORD)_wtoi(argv[3]));
    fprintf(stderr, "usage: hold-file scan PATH SECONDS | hold-file hold PATH MS\n");
    return 2;
}
