# LuaSource.cmake: obtains the pinned reference Lua release at build time, verifies its
# SHA-256 every time, and extracts it. Lua's source is never part of this repository.
#
# Tried in order, the first archive whose checksum matches wins:
#   1. an explicit archive: -DLUA_SOURCE_ARCHIVE=/path/lua-5.4.9.tar.gz or the environment
#      variable LUA_SOURCE_ARCHIVE (a mismatch there is an error, not a fallback);
#   2. the per-user cache: ${LUA_CACHE_DIR} (default $XDG_CACHE_HOME/insomnia/lua, else
#      ~/.cache/insomnia/lua), filled by any successful download below;
#   3. the official release download (LUA_OFFICIAL_URL);
#   4. for machines that reach only their package mirror: every Debian archive named by
#      this machine's own apt sources, at pool/main/l/lua5.4/lua5.4_<version>.orig.tar.gz
#      (Debian ships the upstream tarball byte for byte: same SHA-256). No host is written
#      here: the URIs are read from /etc/apt at build time.
#
# Sets LUA_SOURCE_DIR (the extracted src/ directory) and LUA_ARCHIVE_USED.

set(LUA_VERSION "5.4.9")
set(LUA_SHA256 "2335b6c582a52654f94612bf10d2f4672805d05329aa6568b1d8cd9e5c6fb8e6")
set(LUA_OFFICIAL_URL "https://www.lua.org/ftp/lua-${LUA_VERSION}.tar.gz" CACHE STRING
    "Where the official Lua release is downloaded from")
set(LUA_SOURCE_ARCHIVE "" CACHE FILEPATH "A local copy of lua-${LUA_VERSION}.tar.gz")
if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
  set(_lua_default_cache "$ENV{XDG_CACHE_HOME}/insomnia/lua")
else()
  set(_lua_default_cache "$ENV{HOME}/.cache/insomnia/lua")
endif()
set(LUA_CACHE_DIR "${_lua_default_cache}" CACHE PATH "Per-user cache of verified Lua archives")

set(_lua_archive_name "lua-${LUA_VERSION}.tar.gz")
set(_lua_cached "${LUA_CACHE_DIR}/${_lua_archive_name}")
set(_lua_tried "")

# _lua_matches(FILE OUT): OUT is TRUE when FILE exists and has the pinned SHA-256.
function(_lua_matches file out)
  set(${out} FALSE PARENT_SCOPE)
  if(EXISTS "${file}")
    file(SHA256 "${file}" _sum)
    if(_sum STREQUAL LUA_SHA256)
      set(${out} TRUE PARENT_SCOPE)
    endif()
  endif()
endfunction()

# _lua_download(URL OUT): downloads URL; when it verifies, moves it into the cache and sets
# OUT to the cached path; otherwise records why in _lua_tried.
function(_lua_download url out)
  set(${out} "" PARENT_SCOPE)
  set(_tmp "${CMAKE_BINARY_DIR}/lua-download.tmp")
  file(REMOVE "${_tmp}")
  file(DOWNLOAD "${url}" "${_tmp}" STATUS _status TIMEOUT 60 INACTIVITY_TIMEOUT 20)
  list(GET _status 0 _code)
  list(GET _status 1 _text)
  if(NOT _code EQUAL 0)
    set(_lua_tried "${_lua_tried}\n  - ${url}: ${_text}" PARENT_SCOPE)
    return()
  endif()
  _lua_matches("${_tmp}" _ok)
  if(NOT _ok)
    file(SHA256 "${_tmp}" _sum)
    set(_lua_tried "${_lua_tried}\n  - ${url}: checksum mismatch (got ${_sum})" PARENT_SCOPE)
    return()
  endif()
  file(MAKE_DIRECTORY "${LUA_CACHE_DIR}")
  # copy under a unique name, then rename (atomic within one file system): concurrent
  # builds never see a half-written cache entry
  string(RANDOM LENGTH 12 _suffix)
  file(COPY_FILE "${_tmp}" "${_lua_cached}.${_suffix}.part" RESULT _copied)
  if(_copied EQUAL 0)
    file(RENAME "${_lua_cached}.${_suffix}.part" "${_lua_cached}")
    set(${out} "${_lua_cached}" PARENT_SCOPE)
  else()
    set(${out} "${_tmp}" PARENT_SCOPE)
  endif()
endfunction()

# _lua_apt_archives(OUT): the archive URIs of this machine's apt sources (one-line .list
# and deb822 .sources files), Debian's main archives first.
function(_lua_apt_archives out)
  set(_uris "")
  file(GLOB _lists "/etc/apt/sources.list" "/etc/apt/sources.list.d/*.list")
  foreach(_file IN LISTS _lists)
    file(STRINGS "${_file}" _lines REGEX "^[ \t]*deb(-src)?[ \t]")
    foreach(_line IN LISTS _lines)
      string(REGEX REPLACE "\\[[^]]*\\]" "" _line "${_line}")
      string(REGEX MATCH "[a-z]+://[^ \t]+" _uri "${_line}")
      if(_uri)
        list(APPEND _uris "${_uri}")
      endif()
    endforeach()
  endforeach()
  file(GLOB _deb822 "/etc/apt/sources.list.d/*.sources")
  foreach(_file IN LISTS _deb822)
    file(STRINGS "${_file}" _lines REGEX "^URIs:")
    foreach(_line IN LISTS _lines)
      string(REGEX REPLACE "^URIs:[ \t]*" "" _line "${_line}")
      string(REGEX REPLACE "[ \t]+" ";" _line "${_line}")
      list(APPEND _uris ${_line})
    endforeach()
  endforeach()
  list(REMOVE_DUPLICATES _uris)
  set(_main "")
  set(_other "")
  foreach(_uri IN LISTS _uris)
    string(REGEX REPLACE "/+$" "" _uri "${_uri}")
    if(_uri MATCHES "/debian$")
      list(APPEND _main "${_uri}")
    else()
      list(APPEND _other "${_uri}")
    endif()
  endforeach()
  set(${out} ${_main} ${_other} PARENT_SCOPE)
endfunction()

set(LUA_ARCHIVE_USED "")
if(NOT LUA_SOURCE_ARCHIVE AND DEFINED ENV{LUA_SOURCE_ARCHIVE})
  set(LUA_SOURCE_ARCHIVE "$ENV{LUA_SOURCE_ARCHIVE}")
endif()
if(LUA_SOURCE_ARCHIVE)
  _lua_matches("${LUA_SOURCE_ARCHIVE}" _ok)
  if(NOT _ok)
    message(FATAL_ERROR "LUA_SOURCE_ARCHIVE=${LUA_SOURCE_ARCHIVE} is missing or is not Lua "
      "${LUA_VERSION} (expected SHA-256 ${LUA_SHA256}). Point it at the pristine "
      "${_lua_archive_name}, or unset it to download.")
  endif()
  set(LUA_ARCHIVE_USED "${LUA_SOURCE_ARCHIVE}")
endif()
if(NOT LUA_ARCHIVE_USED)
  _lua_matches("${_lua_cached}" _ok)
  if(_ok)
    set(LUA_ARCHIVE_USED "${_lua_cached}")
  else()
    set(_lua_tried "${_lua_tried}\n  - cache ${_lua_cached}: absent or not matching")
  endif()
endif()
if(NOT LUA_ARCHIVE_USED)
  _lua_download("${LUA_OFFICIAL_URL}" LUA_ARCHIVE_USED)
endif()
if(NOT LUA_ARCHIVE_USED)
  _lua_apt_archives(_archives)
  if(NOT _archives)
    set(_lua_tried "${_lua_tried}\n  - apt sources: no archive URIs found in /etc/apt")
  endif()
  foreach(_archive IN LISTS _archives)
    _lua_download("${_archive}/pool/main/l/lua5.4/lua5.4_${LUA_VERSION}.orig.tar.gz"
                  LUA_ARCHIVE_USED)
    if(LUA_ARCHIVE_USED)
      break()
    endif()
  endforeach()
endif()
if(NOT LUA_ARCHIVE_USED)
  message(FATAL_ERROR "Could not obtain Lua ${LUA_VERSION} (SHA-256 ${LUA_SHA256}). "
    "Tried:${_lua_tried}\nDownload ${_lua_archive_name} by any means, check its SHA-256, and "
    "pass -DLUA_SOURCE_ARCHIVE=/path/${_lua_archive_name} (or set LUA_SOURCE_ARCHIVE, or "
    "put it in ${LUA_CACHE_DIR}).")
endif()

set(_lua_extract "${CMAKE_BINARY_DIR}/lua-${LUA_VERSION}-${LUA_SHA256}")
if(NOT EXISTS "${_lua_extract}/lua-${LUA_VERSION}/src/lua.h")
  file(REMOVE_RECURSE "${_lua_extract}")
  file(ARCHIVE_EXTRACT INPUT "${LUA_ARCHIVE_USED}" DESTINATION "${_lua_extract}")
endif()
set(LUA_SOURCE_DIR "${_lua_extract}/lua-${LUA_VERSION}/src")
message(STATUS "Lua ${LUA_VERSION}: ${LUA_ARCHIVE_USED} (SHA-256 verified)")
