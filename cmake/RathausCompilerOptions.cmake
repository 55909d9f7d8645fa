# Warnings and hardening for every target of the project (not for third-party code).
add_library(rathaus_compile_options INTERFACE)
add_library(Rathaus::CompileOptions ALIAS rathaus_compile_options)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(rathaus_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
        -Werror=format-security -fstack-protector-strong)
    target_compile_definitions(rathaus_compile_options INTERFACE
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_link_options(rathaus_compile_options INTERFACE
        $<$<PLATFORM_ID:Linux>:-Wl,-z,relro,-z,now>)
    if(RATHAUS_WERROR)
        target_compile_options(rathaus_compile_options INTERFACE -Werror)
    endif()
    if(RATHAUS_SANITIZE)
        target_compile_options(rathaus_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(rathaus_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(rathaus_compile_options INTERFACE /W4 /permissive- /guard:cf /sdl)
    target_link_options(rathaus_compile_options INTERFACE /guard:cf /DYNAMICBASE /NXCOMPAT)
    if(RATHAUS_WERROR)
        target_compile_options(rathaus_compile_options INTERFACE /WX)
    endif()
    if(RATHAUS_SANITIZE)
        target_compile_options(rathaus_compile_options INTERFACE /fsanitize=address)
    endif()
endif()

# Qt: no implicit QString -> const char * (keeps encodings explicit), no foreach.
target_compile_definitions(rathaus_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII QT_NO_FOREACH QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
