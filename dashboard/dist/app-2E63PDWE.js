var Zc=Object.defineProperty;var Xc=(e,t,n)=>t in e?Zc(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var Mt=(e,t,n)=>Xc(e,typeof t!="symbol"?t+"":t,n);var be,is,ed,pn,wi,ho,as,fo,ss,xi,Ai,td,Lr=Symbol.for("pv"),bo={},yo=[],nd=/^m(i|n|o|s|text|space)$/,Ti=Array.isArray,ls=yo.slice,Dn=Object.assign;function Cn(e){e&&e.parentNode&&e.remove()}function po(e,t,n,r,i){var s={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Lr,__v:i||++is,__i:-1,__u:0};return!i&&be.vnode&&be.vnode(s),s}function ye(e){return e.children}function mo(e,t){this.props=e,this.context=t,this.__g=0}function mn(e,t){if(t==null)return e.__&&mn(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:mn(e)}function rd(e){var t,n=e.__v,r=n.__e,i=[],s=[],u=e.__P;u&&((t=Dn({constructor:Lr},n)).__v=n.__v+1,be.vnode&&be.vnode(t),Ei(u,t,n,e.__n,u.namespaceURI,32&n.__u?[r]:null,i,r||mn(n),32&n.__u,s),t.__v=n.__v,t.__.__k[t.__i]=t,ms(i,t,s),n.__=n.__e=null,t.__e!=r&&us(t))}function us(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),us(e)}function rs(e){(8&e.__g||(e.__g|=8,pn.push(e),ho++))&&wi==be.debounceRendering||((wi=be.debounceRendering)||queueMicrotask)(cs)}function cs(){try{for(var e,t=1;pn.length;)pn.length>t&&pn.sort(as),e=pn.shift(),t=pn.length,8&e.__g&&rd(e)}finally{(ho=pn.length)&&(wi||queueMicrotask)(cs)}}function ds(e,t,n,r,i,s,u,c,f,m,g){var b,h,y,w,D,N,E=r.__k||yo,S=t.length;for(f=od(n,t,E,f,S),b=0;b<S;b++)(y=n.__k[b])!=null&&(h=~y.__i&&E[y.__i]||bo,y.__i=b,N=Ei(e,y,h,i,s,u,c,f,m,g),w=y.__e,(h.ref!=y.ref||8&h.__u)&&(h.ref&&Ni(h.ref,null,y,h),y.ref&&g.push(y.ref,y.__c||w,y)),D=D||w,4&y.__u?(f=fs(y,f,e,!h.__v),h.__e&&(h.__e=null)):typeof y.type=="function"&&N!==void 0?f=N:w&&(f=w.nextSibling),y.__u&=-21);return n.__e=D,f}function od(e,t,n,r,i){var s,u,c,f,m,g,b,h,y,w=n.length,D=w,N=0,E=0,S=e.__k=Array(i);for(s=0;s<i;s++)(u=t[s])!=null&&typeof u!="boolean"&&typeof u!="function"?(typeof u!="object"||u.constructor===String?u=S[s]=po(null,u):Ti(u)?u=S[s]=po(ye,{children:u}):u.constructor===Lr&&u.__b?u=S[s]=po(u.type,u.props,u.key,u.ref,u.__v):S[s]=u,f=s+N,u.__=e,u.__b=e.__b+1,c=null,~(m=u.__i=id(u,n,f,D))&&(D--,(c=n[m])&&(c.__u|=2)),c&&c.__v?(u.__u|=16,m==f-1?N--:m==f+1?N++:m!=f&&(m>f?N--:N++,E=1)):(~m||(i>w?N--:i<w&&N++),typeof u.type!="function"&&(u.__u|=4))):S[s]=null;if(E){for(g=[],b=[],s=0;s<i;s++)if((u=S[s])&&16&u.__u){for(N=0,h=g.length;N<h;)g[y=N+h>>1]<u.__i?N=y+1:h=y;g[N]=u.__i,b[s]=N+1}for(N=g.length;s--;)b[s]&&(b[s]==N?N--:S[s].__u|=4)}if(D)for(s=0;s<w;s++)!(c=n[s])||2&c.__u||(c.__e==r&&(r=mn(c)),Ci(c,c));return r}function fs(e,t,n,r){var i,s,u,c;if(typeof e.type=="function"){if(e.props.__P)return t;if(i=e.__k)for(s=0;s<i.length;s++)i[s]&&(i[s].__=e,t=fs(i[s],t,n,!1));return t}for(t&&!t.parentNode&&(t=mn(e))&&!t.parentNode&&(t=null),u=e.__e,c=t;c&&c.nodeType==8;)c=c.nextSibling;for(u!=c&&(!r&&n.moveBefore&&u.parentNode?n.moveBefore(u,t):n.insertBefore(u,t||null)),t=u;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function id(e,t,n,r){var i,s=e.key,u=e.type,c=t[n],f=c&&!(2&c.__u);if(c===null&&s==null||f&&s==c.key&&u==c.type)return n;if(r>(f?1:0)){for(i=n-1;i>=0;i--)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i;for(i=n+1;i<t.length;i++)if((c=t[i])&&!(2&c.__u)&&s==c.key&&u==c.type)return i}return-1}function os(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function co(e,t,n,r,i){var s,u;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||os(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||os(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof r!="function"&&(r=null),(e.__e||(e.__e={}))[t]=n,n&&r||(u=Ai[t]||(Ai[t]=ad(t)),(e.__a||(e.__a={}))[t]=xi,s=t!=(t=t.replace(ss,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,u,s):e.removeEventListener(t,u,s));else{if(i=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function ad(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[fo]==null)t[fo]=xi++;else if(t[fo]<this.__a[e])return;return n(be.event?be.event(t):t)}}}function Ei(e,t,n,r,i,s,u,c,f,m){var g,b,h,y,w,D,N,E,S,x,A,H,O,Q,q,Z,J,R,j=t.type;if(t.constructor!==Lr)return null;128&n.__u&&(f=32&n.__u,g=n.__c.__z)&&(t.__u|=f,b=s=[],g.nodeType==8?c=go(g,s):s.push(g),c=s[0]||c),(g=be.__b)&&g(t);e:if(typeof j=="function"){h=u.length;try{if(E=t.props,S=(g=j.prototype)&&g.render,x=(g=j.contextType)&&r[g.__c],A=g?x?x.props.value:g.__:r,(y=n.__c)?(t.__c=y,2&y.__g&&(y.__g|=1)):(S?t.__c=y=new j(E,A):(t.__c=y=new mo(E,A),y.constructor=j,y.render=ld),x&&x.sub(y),y.state||(y.state={}),y.__n=r,y.__g|=8,y.__h=[],y.__k=[]),S&&(y.__s||(y.__s=y.state),j.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=Dn({},y.__s)),Dn(y.__s,j.getDerivedStateFromProps(E,y.__s)))),w=y.props,D=y.state,y.__v=t,n.__c){if(E!==w&&S&&!j.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,A),t.__v==n.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&y.shouldComponentUpdate(E,y.__s,A)===!1){t.__v!=n.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function($){$&&($.__=t)}),yo.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&u.push(y),c=mn(n);break e}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,A),S&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(w,D,N)})}else S&&!j.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),S&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=A,y.props=E,y.__P=e,y.__g&=-5,H=be.__r,O=S?25:0;do y.__g&=-9,H&&H(t),g=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++O<25);S&&(yo.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(r=Dn({},r,y.getChildContext())),S&&n.__c&&y.getSnapshotBeforeUpdate&&(N=y.getSnapshotBeforeUpdate(w,D)),Q=g&&g.type===ye&&g.key==null?g.props.children:g,E.__P&&(g=c,i=(e=E.__P).namespaceURI,f=s=null,n.props&&n.props.__P!=e&&(n.__k.some(function($){$&&Ci($,$)}),n.__k=null),c=n.__k?mn(n,0):null),c=ds(e,Ti(Q)?Q:[Q],t,n,r,i,s,u,c,f,m),E.__P&&(t.__e=null,c=g),t.__u&=-161,b&&b.some(Cn),y.__h.length&&u.push(y),1&y.__g&&(y.__g&=-4)}catch($){if(u.length=h,t.__v=null,f||s)if($&&$.then){if(t.__u|=128|f,s){for(~(J=s.indexOf(c||void 0))||(J=s.length);(R=s[J-1])&&R.nodeType==8;)J--;for(;J<s.length;J++)if(R=s[J])if(s[J]=null,q){if(R==Z)break}else{if(R.nodeType!=8)break;R.data.startsWith("$s")&&(Z=go(q=R))}}if(!q){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;q=c}(g=go(q=t.__c.__z||(t.__c.__z=q)))?(t.__e=q,c=g):t.__e=c,c=c&&c.nextSibling}else s&&s.some(Cn);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),$&&$.then||ps(t),be.__e($,t,n)}}else c=t.__e=sd(n.__e,t,n,r,i,s,u,f,m,e);return(g=be.diffed)&&g(t),c}function go(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function ps(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ps))}function ms(e,t,n){for(var r=0;r<n.length;)Ni(n[r++],n[r++],n[r++]);be.__c&&be.__c(t,e),e.some(function(i){try{e=i.__h,i.__h=[],e.some(function(s){s.call(i)})}catch(s){be.__e(s,i.__v)}})}function sd(e,t,n,r,i,s,u,c,f,m){var g,b,h,y,w,D,N,E,S=n.props||bo,x=t.props,A=t.type;if(A=="svg"?i="http://www.w3.org/2000/svg":A=="math"?i="http://www.w3.org/1998/Math/MathML":i||(i="http://www.w3.org/1999/xhtml"),s){for(g=0;g<s.length;g++)if((w=s[g])&&(A?w.localName==A:w.nodeType==3)){e=w,s[g]=null;break}}if(!e){if(E=m.ownerDocument||document,!A)return E.createTextNode(x);e=E.createElementNS(i,A,x.is?x:m),c&&(be.__m&&be.__m(t,s),c=!1),s=null}if(A){if(m=A=="template"&&e.content||e,s=A=="textarea"&&x.defaultValue!=null?null:s&&ls.call(m.childNodes),!c&&s)for(S={},g=0;g<e.attributes.length;g++)S[(w=e.attributes[g]).name]=w.value;for(g in S)w=S[g],g=="dangerouslySetInnerHTML"?h=w:g=="children"||g in x||g=="value"&&"defaultValue"in x||g=="checked"&&"defaultChecked"in x||co(e,g,null,w,i);for(g in x)w=x[g],g=="children"?y=w:g=="dangerouslySetInnerHTML"?b=w:g=="value"?D=w:g=="checked"?N=w:c&&typeof w!="function"||S[g]===w||co(e,g,w,S[g],i);b?(c||h&&(b.__html==h.__html||b.__html==e.innerHTML)||(e.innerHTML=b.__html),t.__k=[]):(h&&(e.textContent=""),(A=="foreignObject"||i=="http://www.w3.org/1998/Math/MathML"&&nd.test(A))&&(i="http://www.w3.org/1999/xhtml"),ds(m,Ti(y)?y:[y],t,n,r,i,s,u,s?s[0]:n.__k&&mn(n,0),c,f),s&&s.some(Cn)),c&&A!="textarea"||(g="value",A=="progress"&&D==null?e.removeAttribute(g):D==null||D===e[g]&&(A!="progress"||D)||co(e,g,D,S[g],i),g="checked",N!=null&&N!=e[g]&&co(e,g,N,S[g],i))}else S===x||c&&e.data==x||(e.data=x);return e}function Ni(e,t,n,r){try{typeof e=="function"?t?t.__x=e(t)||1:r&&(r=r.__c||r.__e)&&(t=r.__x)&&(r.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(i){be.__e(i,n)}}function Ci(e,t,n){var r,i,s,u;if(be.unmount&&be.unmount(e),!(r=e.ref)||r.current&&r.current!=e.__e||Ni(r,null,t,e),r=e.__c){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(c){be.__e(c,t)}r.__P=r.__n=null}if(r=e.__k)for(u=0;u<r.length;u++)r[u]&&Ci(r[u],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(r=e.__c)&&(r=r.__z)&&(i=go(r,s=[]))&&(r==e.__e&&s.some(Cn),Cn(i),Cn(r)),n||Cn(e.__e),e.__e=e.__c=e.__=null}function ld(e,t,n){return this.constructor(e,n)}function gs(e,t){var n,r,i,s;be.__&&be.__(e,t),t.nodeType==9&&(t=t.documentElement),r=(n=e&&32&e.__u)?null:t.__k,t.__k=po(ye,{children:[e]}),i=[],s=[],Ei(t,t.__k,r||bo,bo,t.namespaceURI,r?null:t.firstChild?ls.call(t.childNodes):null,i,r?r.__e:t.firstChild,n,s),ms(i,t.__k,s),t.__k.props.children=null}be={__e:function(e,t,n,r){for(var i,s,u;t=t.__;)if((i=t.__c)&&!(1&i.__g)){i.__g|=4;try{if((u=(s=i.constructor)&&s.getDerivedStateFromError)&&i.setState(s.getDerivedStateFromError(e)),i.componentDidCatch&&(i.componentDidCatch(e,r||{}),u=1),u&&8&i.__g)return void(i.__g|=2)}catch(c){e=c}}throw ho=0,e}},is=0,ed=function(e){return e!=null&&e.constructor===Lr},mo.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Dn({},this.state)),typeof e=="function"&&(e=e(Dn({},n),this.props)),e&&(Dn(n,e),this.__v&&(t&&this.__k.push(t),rs(this)))},mo.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),rs(this))},mo.prototype.render=ye,pn=[],ho=0,as=function(e,t){return e.__v.__b-t.__v.__b},fo=Symbol(),ss=/(PointerCapture)$|Capture$/i,xi=0,Ai={},td=0;var Fr,Ue,Di,hs,Ri=Object.is,$r=0,xs=[],Mi=[],$e=be,bs=$e.__b,ys=$e.__r,vs=$e.diffed,_s=$e.__c,Ss=$e.unmount,ks=$e.__;function Ii(e,t){$e.__h&&$e.__h(Ue,e,$r||t),$r=0;var n=Ue.__H||(Ue.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function C(e){return $r=1,ud(Ns,e)}function ud(e,t,n){var r=Ii(Fr++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):Ns(void 0,t),function(s){var u=(r.__N||r.__)[0],c=r.t(u,s);Ri(u,c)||(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=Ue,!Ue.__f)){Ue.__f=!0;var i=Ue.shouldComponentUpdate;Ue.shouldComponentUpdate=function(s,u,c){var f=this.__H;if(!f)return!0;var m=!1,g=this.props!=s;if(f.__.some(function(h){h.__N&&(m=!0,Ri(h.__[0],h.__N[0])||(g=!0))}),i){var b=i.call(this,s,u,c);return m?b||g:b}return!m||g}}return r.__}function rt(e,t){var n=Ii(Fr++,3);!$e.__s&&Es(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ue.__H.__h.push(n))}function Br(e){return $r=5,sr(function(){return{current:e}},[])}function sr(e,t){var n=Ii(Fr++,7);return Es(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function Ts(e,t){return $r=8,sr(function(){return e},t)}function cd(){var e;do{for(;e=Mi.shift();)try{Or(e)}catch(n){$e.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=xs.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Or),t.__h.some(Pi),t.__h=[]}catch(n){t.__h=[],$e.__e(n,e.__v)}}}while(Mi.length)}$e.__b=function(e){Ue=null,bs&&bs(e)},$e.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),ks&&ks(e,t)},$e.__r=function(e){ys&&ys(e),Fr=0;var t=(Ue=e.__c).__H;t&&(Di==Ue?Ue.__h=[]:(t.__h.some(Or),t.__h.some(Pi),Fr=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Di=Ue},$e.diffed=function(e){vs&&vs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&As(xs.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Di=Ue=null},$e.__c=function(e,t){t.some(function(n){try{n.__h.some(Or),n.__h=n.__h.filter(function(r){return!r.__||Pi(r)})}catch(r){n.__h=[function(){throw r}]}}),_s&&_s(e,t)},$e.unmount=function(e){Ss&&Ss(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(i){try{if(i.__P&&i.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}i.__P=n,As(Mi.push(i))}else Or(i)}catch(s){t=s}}),r.__H=void 0,t&&$e.__e(t,r.__v))};var ws=typeof requestAnimationFrame=="function";function dd(e){var t,n=function(){clearTimeout(r),ws&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);ws&&(t=requestAnimationFrame(n))}function As(e){e!=1&&hs==$e.requestAnimationFrame||((hs=$e.requestAnimationFrame)||dd)(cd)}function Or(e){var t=Ue,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ue=t}function Pi(e){var t=Ue;e.__c=e.__(),Ue=t}function Es(e,t){return!e||e.length!=t.length||t.some(function(n,r){return!Ri(n,e[r])})}function Ns(e,t){return typeof t=="function"?t(e):t}function ft(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function gn(e){return ft(e)==="object"}function fd(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Li(e,t){return e.length<124?e:t}var Cs="graphql-transport-ws";var bt=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(bt||{}),yt=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(yt||{});function Ds(e){if(!gn(e))throw new Error(`Message is expected to be an object, but got ${ft(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${ft(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${ft(e.payload.query)}`);if(e.payload.variables!=null&&!gn(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${ft(e.payload.variables)}`);if(e.payload.operationName!=null&&ft(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${ft(e.payload.operationName)}`);if(e.payload.extensions!=null&&!gn(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${ft(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!gn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${ft(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!fd(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${ft(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Rs(e,t){return Ds(typeof e=="string"?JSON.parse(e,t):e)}function lr(e,t){return Ds(e),JSON.stringify(e,t)}function Fi(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:i=console.error,lazyCloseTimeout:s=0,keepAlive:u=0,disablePong:c,connectionAckWaitTimeout:f=0,retryAttempts:m=5,retryWait:g=async function(L){let F=Math.pow(2,L);await new Promise(P=>setTimeout(P,F*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:b=Oi,on:h,webSocketImpl:y,generateID:w=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,L=>{let F=Math.random()*16|0;return(L=="x"?F:F&3|8).toString(16)})},jsonMessageReplacer:D,jsonMessageReviver:N}=e,E;if(y){if(!md(y))throw new Error("Invalid WebSocket implementation provided");E=y}else typeof WebSocket<"u"?E=WebSocket:typeof global<"u"?E=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(E=window.WebSocket||window.MozWebSocket);if(!E)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let S=E,x=(()=>{let I=(()=>{let F={};return{on(P,le){return F[P]=le,()=>{delete F[P]}},emit(P){"id"in P&&F[P.id]?.(P)}}})(),L={connecting:h?.connecting?[h.connecting]:[],opened:h?.opened?[h.opened]:[],connected:h?.connected?[h.connected]:[],ping:h?.ping?[h.ping]:[],pong:h?.pong?[h.pong]:[],message:h?.message?[I.emit,h.message]:[I.emit],closed:h?.closed?[h.closed]:[],error:h?.error?[h.error]:[]};return{onMessage:I.on,on(F,P){let le=L[F];return le.push(P),()=>{let X=le.indexOf(P);X>-1&&le.splice(X,1)}},emit(F,...P){for(let le of[...L[F]])le(...P)}}})();function A(I){let L=[x.on("error",F=>{L.forEach(P=>P()),I(F)}),x.on("closed",F=>{L.forEach(P=>P()),I(F)})];return()=>L.forEach(F=>F())}let H,O=0,Q,q=!1,Z=0,J=!1;async function R(){clearTimeout(Q);let[I,L]=await(H??(H=new Promise((le,X)=>(async()=>{if(q){if(await g(Z),!O)return H=void 0,X({code:1e3,reason:"All Subscriptions Gone"});Z++}x.emit("connecting",q);let z=new S(typeof t=="function"?await t():t,Cs),ie,ee;function K(){isFinite(u)&&u>0&&(clearTimeout(ee),ee=setTimeout(()=>{z.readyState===S.OPEN&&(z.send(lr({type:yt.Ping})),x.emit("ping",!1,void 0))},u))}A(de=>{H=void 0,clearTimeout(ie),clearTimeout(ee),X(de),de instanceof Vr&&(z.close(4499,"Terminated"),z.onerror=null,z.onclose=null)}),z.onerror=de=>x.emit("error",de),z.onclose=de=>x.emit("closed",de),z.onopen=async()=>{try{x.emit("opened",z);let de=typeof n=="function"?await n():n;if(z.readyState!==S.OPEN)return;z.send(lr(de?{type:yt.ConnectionInit,payload:de}:{type:yt.ConnectionInit},D)),isFinite(f)&&f>0&&(ie=setTimeout(()=>{z.close(bt.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},f)),K()}catch(de){x.emit("error",de),z.close(bt.InternalClientError,Li(de instanceof Error?de.message:String(de),"Internal client error"))}};let we=!1;z.onmessage=({data:de})=>{try{let re=Rs(de,N);if(x.emit("message",re),re.type==="ping"||re.type==="pong"){x.emit(re.type,!0,re.payload),re.type==="pong"?K():c||(z.send(lr(re.payload?{type:yt.Pong,payload:re.payload}:{type:yt.Pong},D)),x.emit("pong",!1,re.payload));return}if(we)return;if(re.type!==yt.ConnectionAck)throw new Error(`First message cannot be of type ${re.type}`);clearTimeout(ie),we=!0,x.emit("connected",z,re.payload,q),q=!1,Z=0;let ce=new Promise((xt,ot)=>A(ot));ce.catch(()=>{}),le([z,ce])}catch(re){z.onmessage=null,x.emit("error",re),z.close(bt.BadResponse,Li(re instanceof Error?re.message:String(re),"Bad response"))}}})())));I.readyState===S.CLOSING&&await L;let F=()=>{},P=new Promise(le=>F=le);return[I,F,new Promise((le,X)=>{let z=A(X);I.readyState!==S.OPEN&&L.catch(X),P.then(()=>{if(z(),!O){let ie=()=>I.close(1e3,"Normal Closure");isFinite(s)&&s>0?(clearTimeout(Q),Q=setTimeout(()=>{!O&&I.readyState===S.OPEN&&ie()},s)):ie()}le()})})]}function j(I){if(Oi(I)&&(pd(I.code)||[bt.InternalServerError,bt.InternalClientError,bt.BadRequest,bt.BadResponse,bt.Unauthorized,bt.SubprotocolNotAcceptable,bt.SubscriberAlreadyExists,bt.TooManyInitialisationRequests].includes(I.code)))throw I;if(J)return!1;if(Oi(I)&&I.code===1e3)return O>0;if(!m||Z>=m||!b(I))throw I;return q=!0}r||(async()=>{for(O++;;)try{let[,,I]=await R();await I}catch(I){try{if(!j(I))return}catch(L){return i?.(L)}}})();function $(I,L){let F=w(I),P=!1,le=!1,X=()=>{O--,P=!0};return(async()=>{for(O++;;)try{let[z,ie,ee]=await R();if(P)return ee.catch(()=>{}),ie();let K=x.onMessage(F,we=>{switch(we.type){case yt.Next:{L.next(we.payload);return}case yt.Error:{le=!0,P=!0,L.error(we.payload),X();return}case yt.Complete:{P=!0,X();return}}});z.send(lr({id:F,type:yt.Subscribe,payload:I},D)),X=()=>{!P&&z.readyState===S.OPEN&&z.send(lr({id:F,type:yt.Complete},D)),O--,P=!0,ie()},await ee.finally(K);return}catch(z){if(!j(z))return}})().then(()=>{le||L.complete()}).catch(z=>{L.error(z)}),()=>{P||X()}}return{on:x.on,subscribe:$,iterate(I){let L=[],F={done:!1,error:null,resolve:()=>{}},P=$(I,{next(X){L.push(X),F.resolve()},error(X){F.done=!0,F.error=X,F.resolve()},complete(){F.done=!0,F.resolve()}}),le=(async function*(){for(;;){for(L.length||await new Promise(z=>F.resolve=z);L.length;)yield L.shift();if(F.error)throw F.error;if(F.done)return}})();return le.throw=async X=>(F.done||(F.done=!0,F.error=X,F.resolve()),{done:!0,value:void 0}),le.return=async()=>(P(),{done:!0,value:void 0}),le},async dispose(){if(J=!0,H){let[I]=await H;I.close(1e3,"Normal Closure")}},terminate(){H&&x.emit("closed",new Vr)}}}var Vr=class extends Error{constructor(){super(...arguments);Mt(this,"name","TerminatedCloseEvent");Mt(this,"message","4499: Terminated");Mt(this,"code",4499);Mt(this,"reason","Terminated");Mt(this,"wasClean",!1)}};function Oi(e){return gn(e)&&"code"in e&&"reason"in e}function pd(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function md(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var ne=class extends String{constructor(n,r){super(n);Mt(this,"__apiType");Mt(this,"value");Mt(this,"__meta__");this.value=n,this.__meta__=r}toString(){return this.value}},bm=new ne(`
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}
    `,{fragmentName:"NotificationSettingsView"}),ym=new ne(`
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}
    `,{fragmentName:"DeliveryRow"}),vm=new ne(`
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
    `,{fragmentName:"JobTile"}),_m=new ne(`
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`,{fragmentName:"ServerTile"}),Sm=new ne(`
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
    `,{fragmentName:"HistoryPoints"}),km=new ne(`
    fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}
    `,{fragmentName:"AlertRow"}),wm=new ne(`
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
    `,{fragmentName:"RunRow"}),Am=new ne(`
    fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`,{fragmentName:"RunPage"}),Ms=new ne(`
    query AdminPage {
  monitoringSettings {
    id
    defaultToleranceMilliseconds
    reminderFrequency
  }
  duplicateServers {
    name
    servers {
      id
      name
      alias
      serverId
      createdAt
    }
  }
  deprecatedFieldUsage {
    client
    clientVersion
    coordinate
    count
    firstSeenAt
    lastSeenAt
  }
  servers(first: 100) {
    nodes {
      id
      name
      alias
      note
      url
      serverId
      backupJobs {
        id
        backupName
        schedule {
          expectedInterval
          allowedWeekdays
          toleranceOverrideMilliseconds
          overdueCheckEnabled
          notificationLevel
        }
        notificationChoices {
          ntfyEnabled
          emailEnabled
          gotifyEnabled
          appriseEnabled
          notifyRecovered
          additionalNtfyTopic
          additionalEmails
          additionalNotificationLevel
        }
      }
    }
  }
}
    `),Ps=new ne(`
    mutation AcknowledgeAlert($id: ID!) {
  acknowledgeAlert(input: {id: $id}) {
    __typename
    ... on AcknowledgeAlertPayload {
      alert {
        id
        acknowledgedAt
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Is=new ne(`
    mutation UpdateServer($input: UpdateServerInput!) {
  updateServer(input: $input) {
    __typename
    ... on UpdateServerPayload {
      changed
      server {
        id
        alias
        note
        url
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ls=new ne(`
    mutation ConfigureJob($input: ConfigureBackupJobInput!) {
  configureBackupJob(input: $input) {
    __typename
    ... on ConfigureBackupJobPayload {
      job {
        id
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Os=new ne(`
    mutation MergeServers($input: MergeServersInput!) {
  mergeServers(input: $input) {
    __typename
    ... on MergeServersPayload {
      counts {
        jobsMoved
        jobsCombined
        runsMoved
        servers
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Fs=new ne(`
    mutation DeleteServer($id: ID!) {
  deleteServer(input: {id: $id}) {
    __typename
    ... on DeleteServerPayload {
      name
      deleted {
        jobs
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),$s=new ne(`
    mutation DeleteJob($input: DeleteBackupJobInput!) {
  deleteBackupJob(input: $input) {
    __typename
    ... on DeleteBackupJobPayload {
      backupName
      deleted {
        runs
        alerts
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Bs=new ne(`
    mutation PruneRuns($olderThan: DateTime!) {
  pruneBackups(input: {olderThan: $olderThan}) {
    __typename
    ... on PruneBackupsPayload {
      deleted {
        runs
        jobsAffected
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Vs=new ne(`
    mutation SetMonitoring($input: UpdateMonitoringSettingsInput!) {
  setMonitoringSettings(input: $input) {
    __typename
    ... on SetMonitoringSettingsPayload {
      monitoringSettings {
        id
        defaultToleranceMilliseconds
        reminderFrequency
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Us=new ne(`
    mutation RunOverdueCheck {
  runOverdueCheck {
    __typename
    ... on RunOverdueCheckPayload {
      check {
        message
      }
    }
    ... on Error {
      message
    }
  }
}
    `),Ws=new ne(`
    subscription BackupReceived($after: String) {
  backupReceived(after: $after) {
    cursor
    backupId
    status
    startedAt
    serverGlobalId
    job {
      id
      backupName
    }
    server {
      id
      name
      alias
    }
  }
}
    `),zs=new ne(`
    subscription AlertChanged($after: String) {
  alertChanged(after: $after) {
    cursor
    alertId
    alertKind
    change
    changedAt
    backupName
    serverGlobalId
  }
}
    `),Ks=new ne(`
    subscription ServerChanged($after: String) {
  serverChanged(after: $after) {
    cursor
    change
    serverGlobalId
    name
  }
}
    `),qs=new ne(`
    query NotificationSettingsPage {
  notificationSettings {
    ...NotificationSettingsView
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Js=new ne(`
    mutation SetNtfy($input: SetNtfySettingsInput!) {
  setNtfySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Gs=new ne(`
    mutation SetEmail($input: SetEmailSettingsInput!) {
  setEmailSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Hs=new ne(`
    mutation SetGotify($input: SetGotifySettingsInput!) {
  setGotifySettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),js=new ne(`
    mutation SetApprise($input: SetAppriseSettingsInput!) {
  setAppriseSettings(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Qs=new ne(`
    mutation SetNotificationOptions($input: SetNotificationOptionsInput!) {
  setNotificationOptions(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Ys=new ne(`
    mutation SetNotificationTemplate($input: SetNotificationTemplateInput!) {
  setNotificationTemplate(input: $input) {
    __typename
    ... on NotificationSettings {
      ...NotificationSettingsView
    }
    ... on Error {
      message
    }
  }
}
    fragment NotificationSettingsView on NotificationSettings {
  notifyNewServer
  overdueDigestThreshold
  templateLanguage
  ntfy {
    url
    topic
    hasAccessToken
  }
  email {
    host
    port
    connectionType
    requireAuth
    username
    hasPassword
    passwordMustBeSetAgain
    mailto
    fromAddress
    senderName
  }
  gotify {
    url
    enabled
    hasToken
  }
  apprise {
    url
    key
    enabled
    hasUrls
  }
  webhooks {
    id
    name
    url
    enabled
    events
    jobIds
    legacyMachineKeys
    hasSecret
  }
  templates {
    kind
    title
    message
    priority
    tags
  }
}`),Zs=new ne(`
    mutation AddWebhook($input: AddNotificationWebhookInput!) {
  addNotificationWebhook(input: $input) {
    __typename
    ... on NotificationWebhook {
      id
    }
    ... on Error {
      message
    }
  }
}
    `),Xs=new ne(`
    mutation RemoveWebhook($id: ID!) {
  removeNotificationWebhook(id: $id) {
    __typename
    ... on RemoveNotificationWebhookPayload {
      removedWebhookId
    }
    ... on Error {
      message
    }
  }
}
    `),el=new ne(`
    mutation SendTestNotification($channels: [NotificationChannel!], $toEmail: String) {
  sendTestNotification(channels: $channels, toEmail: $toEmail) {
    __typename
    ... on SendTestNotificationPayload {
      outcomes {
        channel
        destination
        delivered
        responseCode
        error
        messageId
      }
    }
    ... on Error {
      message
    }
  }
}
    `),tl=new ne(`
    query NotificationDeliveries($first: Int, $after: String, $last: Int, $before: String, $status: NotificationDeliveryStatus, $channel: NotificationChannel, $event: NotificationEventKind) {
  notificationDeliveries(
    first: $first
    after: $after
    last: $last
    before: $before
    status: $status
    channel: $channel
    event: $event
  ) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    nodes {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),nl=new ne(`
    mutation ResendNotification($id: ID!) {
  resendNotification(id: $id) {
    __typename
    ... on NotificationDelivery {
      ...DeliveryRow
    }
    ... on Error {
      message
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),rl=new ne(`
    subscription NotificationDeliveryChanged {
  notificationDeliveryChanged {
    deliveryId
    status
    changedAt
    delivery {
      ...DeliveryRow
    }
  }
}
    fragment DeliveryRow on NotificationDelivery {
  id
  status
  channel
  event
  destination
  title
  attempts
  lastError
  responseCode
  createdAt
  deliveredAt
  nextAttemptAt
}`),ol=new ne(`
    query Overview($after: String) {
  summary {
    totalServers
    totalBackupJobs
    totalBackupRuns
    totalStorageUsed
    totalUploadedSize
    overdueBackupJobCount
    lastBackupAt
  }
  activeAlerts: alerts(filter: {active: true}, first: 1) {
    totalCount
  }
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),il=new ne(`
    query OverviewServers($after: String) {
  servers(first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServerTile
    }
  }
}
    fragment ServerTile on Server {
  id
  name
  alias
  serverId
  backupJobs {
    ...JobTile
  }
}
fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}`),al=new ne(`
    query JobPage($id: ID!) {
  node(id: $id) {
    ... on BackupJob {
      id
      backupName
      runCount
      lastBackupAt
      server {
        id
        name
        alias
      }
      schedule {
        expectedInterval
        allowedWeekdays
        toleranceOverrideMilliseconds
        effectiveToleranceMilliseconds
        overdueCheckEnabled
        notificationLevel
      }
      overdue {
        isOverdue
        nextExpectedAt
        deadlineAt
        becameOverdueAt
        lastRemindedAt
        effectiveToleranceMilliseconds
      }
      history(bucket: RUN, last: 200) {
        ...HistoryPoints
      }
      alerts(first: 20) {
        totalCount
        nodes {
          ...AlertRow
        }
      }
    }
  }
}
    fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),sl=new ne(`
    query ServerPage($id: ID!) {
  node(id: $id) {
    ... on Server {
      id
      name
      alias
      note
      url
      serverId
      createdAt
      backupJobs {
        ...JobTile
      }
      history(bucket: DAY, last: 180) {
        ...HistoryPoints
      }
    }
  }
  alerts(filter: {serverId: $id, active: true}, first: 50) {
    nodes {
      ...AlertRow
      job {
        id
        backupName
      }
    }
  }
}
    fragment JobTile on BackupJob {
  id
  backupName
  lastBackupAt
  runCount
  latestBackup {
    id
    status
    startedAt
    durationMilliseconds
    uploadedSize
    warningCount
    errorCount
  }
  overdue {
    isOverdue
    nextExpectedAt
    deadlineAt
    becameOverdueAt
  }
}
fragment HistoryPoints on HistoryPoint {
  startAt
  runs
  uploadedSize
  storageSize
  durationMilliseconds
  fileCount
}
fragment AlertRow on Alert {
  id
  kind
  message
  active
  raisedAt
  resolvedAt
  acknowledgedAt
  reminderCount
}`),ll=new ne(`
    query JobRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on BackupJob {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        ...RunPage
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}
fragment RunPage on BackupJobBackupsConnection {
  totalCount
  pageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
  nodes {
    ...RunRow
  }
}`),ul=new ne(`
    query ServerRuns($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
  node(id: $id) {
    ... on Server {
      id
      backups(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        nodes {
          ...RunRow
        }
      }
    }
  }
}
    fragment RunRow on Backup {
  id
  backupName
  status
  startedAt
  endedAt
  durationMilliseconds
  uploadedSize
  knownFileSize
  sizeOfExaminedFiles
  examinedFiles
  warningCount
  errorCount
  warningMessages
  errorMessages
  version
}`),cl=new ne(`
    query RunLog($id: ID!) {
  node(id: $id) {
    ... on Backup {
      id
      logLines
    }
  }
}
    `);function vt(e){let t=e,n=new Set;return{get:()=>t,set(r){if(!Object.is(r,t)){t=r;for(let i of[...n])i(t)}},subscribe(r){return n.add(r),()=>n.delete(r)}}}function We(e){let[t,n]=C(e.get);return rt(()=>(n(()=>e.get()),e.subscribe(r=>n(()=>r))),[e]),t}var vo={read:"dupligraph.readToken",admin:"dupligraph.adminToken"},$i={},Rn=vt(null),jt=vt(0);function dl(e){try{return localStorage.getItem(vo[e])}catch{return null}}function ur(e){return $i[e]??dl(e)}function fl(e){return dl(e)!==null}function pl(e,t,n){$i[e]=t;try{n?localStorage.setItem(vo[e],t):localStorage.removeItem(vo[e])}catch{}Rn.get()===e&&Rn.set(null),jt.set(jt.get()+1)}function ml(e){delete $i[e];try{localStorage.removeItem(vo[e])}catch{}jt.set(jt.get()+1)}function _o(){return ur("read")??ur("admin")}var Bi="dupligraph-dashboard",Vi="/graphql",cr=class extends Error{constructor(n,r){super(r);Mt(this,"kind",n)}};async function ue(e,t,n={}){let r=n.admin?ur("admin"):_o(),i={"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json","graphql-client-name":Bi};r&&(i.Authorization=`Bearer ${r}`);let s=await fetch(Vi,{method:"POST",headers:i,body:JSON.stringify({query:e.toString(),variables:t})}),u=await s.json().catch(()=>({})),c=u.errors?.[0];if(s.status===401)throw Rn.set("read"),new cr("read",c?.message??"This server needs a read token");if(c?.extensions?.code==="FORBIDDEN")throw Rn.set("admin"),new cr("admin",c.message);if(c||!u.data)throw new Error(c?.message??`The server answered ${s.status}`);return u.data}function _e(e,t){if(e.__typename===t)return e;let n=e.message??e.__typename;throw new Error(n)}var ko=vt("connecting"),wo=vt(0),fr=vt(new Set),Qt=vt(new Map),pr=vt([]),gd=2500,hd=200,bd=1e4,yd=1;function hl(e){let t=yd++;pr.set([...pr.get(),{...e,id:t}].slice(-5)),setTimeout(()=>Wi(t),bd)}function Wi(e){pr.set(pr.get().filter(t=>t.id!==e))}function vd(e){fr.set(new Set([...fr.get(),...e])),setTimeout(()=>{let t=new Set(fr.get());for(let n of e)t.delete(n);fr.set(t)},gd)}var gl;function Eo(){clearTimeout(gl),gl=setTimeout(()=>wo.set(wo.get()+1),100)}function _d({backupReceived:e}){if(vd([e.job.id,e.serverGlobalId]),e.status==="ERROR"||e.status==="FATAL"){let t=e.server.alias||e.server.name;hl({level:"error",text:`${t} · ${e.job.backupName}: backup ended in ${e.status.toLowerCase()}`,href:`#/job/${encodeURIComponent(e.job.id)}`})}Eo()}function Sd({alertChanged:e}){e.change==="RAISED"&&e.alertKind==="OVERDUE"&&hl({level:"warning",text:`${e.backupName} is overdue`}),Eo()}function kd({notificationDeliveryChanged:e}){if(!e.delivery)return;let t=new Map(Qt.get());t.delete(e.deliveryId),t.set(e.deliveryId,e.delivery),t.size>hd&&t.delete(t.keys().next().value),Qt.set(t)}function wd(e){Eo()}var bl=[{name:"backupReceived",document:Ws,cursorOf:e=>e.backupReceived.cursor,handle:_d},{name:"alertChanged",document:zs,cursorOf:e=>e.alertChanged.cursor,handle:Sd},{name:"serverChanged",document:Ks,cursorOf:e=>e.serverChanged.cursor,handle:wd},{name:"notificationDeliveryChanged",document:rl,handle:kd}],Ao=vt(0),Ad=new Set(["EXPIRED","UNKNOWN","MALFORMED"]),Mn,xo=new Map,So=new Map,dr,Ur,yl=0,zi=!1,Ui=0;function vl(){Ui++,document.documentElement.dataset.liveFullRefetches=String(Ui),Qt.set(new Map),Eo()}function xd(e){return Array.isArray(e)?e.some(t=>t.extensions?.argument==="after"&&Ad.has(String(t.extensions.reason))):!1}function To(e,t){let n=e.cursorOf?So.get(e.name)??dr:void 0;t&&e.cursorOf&&!n&&(zi=!0),xo.get(e.name)?.();let r=Mn.subscribe({query:e.document.toString(),variables:e.cursorOf?{after:n??null}:{}},{next:i=>{if(!i.data)return;let s=i.data;e.cursorOf&&(dr=e.cursorOf(s),So.set(e.name,dr)),e.handle(s)},error:i=>{xd(i)?(So.delete(e.name),dr===n&&(dr=void 0),vl(),To(e,!1)):Array.isArray(i)?setTimeout(()=>Mn&&To(e,!1),1e3):Td()},complete:()=>{}});xo.set(e.name,r)}function Td(){if(Ur!==void 0||!Mn)return;let e=Math.min(1e3*2**yl++,1e4);Ur=setTimeout(()=>{if(Ur=void 0,!!Mn){zi=!1;for(let t of bl)To(t,!0)}},e)}function _l(){Ed();let e=!1,t=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Vi}`;Mn=Fi({url:t,lazy:!0,keepAlive:1e4,retryAttempts:0,connectionParams:()=>{let n=_o();return{"graphql-client-name":Bi,...n?{token:n}:{}}},on:{connected:()=>{ko.set("connected"),yl=0,e&&(Qt.set(new Map),Ao.set(Ao.get()+1),zi&&vl()),e=!0},closed:()=>ko.set(e?"reconnecting":"connecting")}}),document.documentElement.dataset.liveFullRefetches=String(Ui);for(let n of bl)To(n,!1)}function Ed(){clearTimeout(Ur),Ur=void 0;let e=Mn;Mn=void 0;for(let t of xo.values())t();xo=new Map,So=new Map,dr=void 0,e?.dispose()}var Nd=Symbol.for("pv"),Cd=0;function o(e,t,n,r,i,s){t||(t={});var u,c,f=t;if("ref"in f&&typeof e!="function")for(c in f={},t)c=="ref"?u=t[c]:f[c]=t[c];var m={type:e,props:f,key:n,ref:u,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Nd,__v:--Cd,__i:-1,__u:0};return(i||s)&&(m.__source=i,m.__self=s),be.vnode&&be.vnode(m),m}function Sl(){return We(ko)!=="reconnecting"?null:o("div",{class:"banner",role:"alert",children:"Disconnected — reconnecting… Live updates resume by themselves; the page shows what it last read."})}function kl(){let e=We(pr);return o("div",{class:"toasts",role:"status","aria-live":"polite",children:e.map(t=>o("div",{class:`toast toast-${t.level}`,children:[t.href?o("a",{href:t.href,children:t.text}):o("span",{children:t.text}),o("button",{type:"button",class:"link","aria-label":"Dismiss notification",onClick:()=>Wi(t.id),children:"×"})]},t.id))})}var Dd={read:{title:"This server needs its read token",why:"Reads on this server are protected. Enter the READ_TOKEN (or the admin token) to see the backups.",label:"Read token"},admin:{title:"Admin token needed",why:"Changes need the ADMIN_TOKEN of this server.",label:"Admin token"}};function Pn({kind:e,onCancel:t,onSaved:n}){let[r,i]=C(""),[s,u]=C(fl(e)),c=Dd[e],f=`token-${e}`;return o("form",{class:"card token-prompt","aria-labelledby":`${f}-title`,onSubmit:m=>{m.preventDefault(),r.trim()&&(pl(e,r.trim(),s),n?.())},children:[o("h2",{id:`${f}-title`,children:c.title}),o("p",{children:c.why}),o("label",{for:f,children:c.label}),o("input",{id:f,name:f,type:"password",autocomplete:"off",required:!0,value:r,onInput:m=>i(m.currentTarget.value)}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s,onChange:m=>u(m.currentTarget.checked)}),"Remember on this device"]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",children:"Use token"}),t&&o("button",{type:"button",onClick:t,children:"Cancel"})]})]})}function Ki(e,t,n={}){let r=We(wo),i=We(jt),[s,u]=C(0),[c,f]=C({loading:!0}),m=Br(0),g=Br(e);g.current=e,rt(()=>{if(n.skip)return;let h=++m.current;f(y=>({...y,loading:!0})),g.current().then(y=>h===m.current&&f({data:y,loading:!1}),y=>h===m.current&&f(w=>({data:w.data,error:y,loading:!1})))},[t,r,i,s,n.skip]);let b=Ts(()=>u(h=>h+1),[]);return{...c,refetch:b}}function _t(e,t,n={}){return Ki(()=>ue(e,t,{admin:n.admin}),`${JSON.stringify(t)}|${n.admin}`,n)}function Le(e){let[t,n]=C(!1),[r,i]=C(null);return{busy:t,outcome:r,async run(s,u){n(!0),i(null);try{i({ok:!0,text:u(await s())}),e?.()}catch(c){i({ok:!1,text:c.message})}finally{n(!1)}}}}function Oe({state:e}){return o("p",{class:e.outcome?.ok===!1?"error":"ok",role:"status",children:e.outcome?.text??""})}var wl=["B","KiB","MiB","GiB","TiB","PiB"];function Yt(e){let t=e,n=0;for(;Math.abs(t)>=1024&&n<wl.length-1;)t/=1024,n++;return`${n===0?t:t.toFixed(t<10?1:0)} ${wl[n]}`}function No(e){let t=Math.round(e),n=Math.floor(t/3600),r=Math.floor(t%3600/60),i=t%60;return n?`${n} h ${r} min`:r?`${r} min ${i} s`:`${i} s`}function Al(e){return e<60?`${Math.round(e)} s`:e<3600?`${(e/60).toFixed(1)} min`:`${(e/3600).toFixed(1)} h`}function St(e){return e.toLocaleString("en")}function Ne(e){return e?new Date(e).toLocaleString(void 0,{dateStyle:"medium",timeStyle:"short"}):"—"}function In(e,t=Date.now()){if(!e)return"never";let n=Math.round((new Date(e).getTime()-t)/1e3),r=Math.abs(n),i;return r<45?"just now":(r<3600?i=`${Math.round(r/60)} min`:r<86400*2?i=`${Math.round(r/3600)} h`:i=`${Math.round(r/86400)} days`,n<0?`${i} ago`:`in ${i}`)}var Wr={SUCCESS:"Success",WARNING:"Warning",ERROR:"Error",FATAL:"Fatal",UNKNOWN:"Unknown",NONE:"No runs"},Co=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"];function xl(e){let t=e.replace(/^#/,"")||"/",[,n,r]=t.split("/");return t==="/"||n===""?{page:"overview"}:n==="server"&&r?{page:"server",id:decodeURIComponent(r)}:n==="job"&&r?{page:"job",id:decodeURIComponent(r)}:n==="admin"?{page:"admin",section:r==="notifications"?"notifications":"general"}:{page:"not-found",path:t}}var Ye={overview:()=>"#/",server:e=>`#/server/${encodeURIComponent(e)}`,job:e=>`#/job/${encodeURIComponent(e)}`,admin:(e="general")=>e==="general"?"#/admin":`#/admin/${e}`};function Tl(){let[e,t]=C(()=>xl(location.hash));return rt(()=>{let n=()=>t(xl(location.hash));return addEventListener("hashchange",n),()=>removeEventListener("hashchange",n)},[]),e}function Ce(e){let t=e.hint?`${e.id}-hint`:void 0;return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:e.type??"text",value:e.value,required:e.required,placeholder:e.placeholder,autoComplete:e.autoComplete??"off","aria-describedby":t,onInput:n=>e.onInput(n.currentTarget.value)}),e.hint&&o("span",{id:t,class:"muted hint",children:e.hint})]})}function Ze({label:e,checked:t,onChange:n}){return o("label",{class:"check",children:[o("input",{type:"checkbox",checked:t,onChange:r=>n(r.currentTarget.checked)}),e]})}function Zt(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("select",{id:e.id,value:e.value,onChange:t=>e.onChange(t.currentTarget.value),children:e.options.map(t=>o("option",{value:t.value,children:t.label},t.value))})]})}function zr(e){return o("div",{class:"field",children:[o("label",{for:e.id,children:e.label}),o("input",{id:e.id,type:"password",value:e.value,autoComplete:"new-password",placeholder:e.isSet?"Stored; leave empty to keep it":"Not set","aria-describedby":`${e.id}-state`,disabled:e.remove?.checked,onInput:t=>e.onInput(t.currentTarget.value)}),o("span",{id:`${e.id}-state`,class:"muted hint","data-secret-state":e.isSet?"set":"unset",children:e.isSet?"Set (never shown)":"Not set"}),e.isSet&&e.remove&&o(Ze,{label:"Remove it",checked:e.remove.checked,onChange:e.remove.onChange})]})}var Kr={admin:!0};function El({server:e,onChange:t}){let[n,r]=C(e.alias),[i,s]=C(e.note),[u,c]=C(e.url),f=Le(t),m=Le(t),g=`server-${e.id}`;return o("details",{class:"card admin-server",children:[o("summary",{children:[o("strong",{children:e.alias||e.name})," ",o("span",{class:"muted",children:e.serverId})]}),o("form",{onSubmit:b=>{b.preventDefault(),f.run(async()=>_e((await ue(Is,{input:Rd(e.id,{alias:n,note:i,url:u})},Kr)).updateServer,"UpdateServerPayload"),h=>h.changed?"Saved.":"Nothing to change.")},children:[o("div",{class:"field",children:[o("label",{for:`${g}-alias`,children:"Alias"}),o("input",{id:`${g}-alias`,value:n,onInput:b=>r(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${g}-note`,children:"Note"}),o("textarea",{id:`${g}-note`,value:i,onInput:b=>s(b.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:`${g}-url`,children:"Duplicati web UI URL"}),o("input",{id:`${g}-url`,type:"url",value:u,onInput:b=>c(b.currentTarget.value)})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:f.busy,children:"Save server"}),o("button",{type:"button",class:"danger",disabled:m.busy,onClick:()=>{confirm(`Delete ${e.name} with all its jobs, runs and alerts?`)&&m.run(async()=>_e((await ue(Fs,{id:e.id},Kr)).deleteServer,"DeleteServerPayload"),b=>`Deleted ${b.name}: ${b.deleted.jobs} jobs, ${b.deleted.runs} runs.`)},children:"Delete server"})]}),o(Oe,{state:f}),o(Oe,{state:m})]}),e.backupJobs.map(b=>o(Md,{job:b,onChange:t},b.id))]})}function Rd(e,t){let n={alias:t.alias.trim(),note:t.note,url:t.url.trim()};return{id:e,set:{alias:n.alias||null,note:n.note||null,url:n.url||null},clearAlias:n.alias==="",clearNote:n.note==="",clearUrl:n.url===""}}var Nl=["ALL","WARNINGS","ERRORS","OFF"];function Md({job:e,onChange:t}){let{schedule:n}=e,[r,i]=C(n.expectedInterval),[s,u]=C(n.allowedWeekdays),[c,f]=C(n.toleranceOverrideMilliseconds===null?"":String(n.toleranceOverrideMilliseconds/6e4)),[m,g]=C(n.overdueCheckEnabled),[b,h]=C(n.notificationLevel),[y,w]=C(e.notificationChoices),D=Le(t),N=Le(t),E=`job-${e.id}`;return o("form",{class:"job-settings","aria-label":`Settings of ${e.backupName}`,onSubmit:S=>{S.preventDefault(),D.run(async()=>_e((await ue(Ls,{input:{job:{id:e.id},expectedInterval:r,allowedWeekdays:s,...c===""?{clearToleranceOverride:!0}:{toleranceOverrideMilliseconds:Math.round(Number(c)*6e4)},overdueCheckEnabled:m,notificationLevel:b,ntfyEnabled:y.ntfyEnabled,emailEnabled:y.emailEnabled,gotifyEnabled:y.gotifyEnabled,appriseEnabled:y.appriseEnabled,notifyRecovered:y.notifyRecovered,additionalNtfyTopic:y.additionalNtfyTopic,additionalEmails:y.additionalEmails,additionalNotificationLevel:y.additionalNotificationLevel}},Kr)).configureBackupJob,"ConfigureBackupJobPayload"),()=>"Job settings saved.")},children:[o("h3",{children:e.backupName}),o("div",{class:"field",children:[o("label",{for:`${E}-interval`,children:"Expected interval (e.g. 1D, 12h, 1W)"}),o("input",{id:`${E}-interval`,value:r,onInput:S=>i(S.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Weekdays (UTC; none ticked means every day)"}),Co.map((S,x)=>o("label",{class:"check",children:[o("input",{type:"checkbox",checked:s.includes(x),onChange:A=>u(A.currentTarget.checked?[...s,x].sort():s.filter(H=>H!==x))}),S]},S))]}),o("div",{class:"field",children:[o("label",{for:`${E}-tolerance`,children:"Tolerance in minutes (empty: global default)"}),o("input",{id:`${E}-tolerance`,type:"number",min:"0",value:c,onInput:S=>f(S.currentTarget.value)})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:m,onChange:S=>g(S.currentTarget.checked)}),"Check for overdue runs"]}),o("div",{class:"field",children:[o("label",{for:`${E}-level`,children:"Warning alerts for"}),o("select",{id:`${E}-level`,value:b,onChange:S=>h(S.currentTarget.value),children:Nl.map(S=>o("option",{value:S,children:S.toLowerCase()},S))})]}),o(Pd,{prefix:E,choices:y,onChange:w}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:D.busy,children:"Save job settings"}),o("button",{type:"button",class:"danger",disabled:N.busy,onClick:()=>{confirm(`Delete the job ${e.backupName} with its runs and alerts?`)&&N.run(async()=>_e((await ue($s,{input:{job:{id:e.id}}},Kr)).deleteBackupJob,"DeleteBackupJobPayload"),S=>`Deleted ${S.backupName}: ${S.deleted.runs} runs.`)},children:"Delete job"})]}),o(Oe,{state:D}),o(Oe,{state:N})]})}function Pd({prefix:e,choices:t,onChange:n}){let r=i=>s=>n({...t,[i]:s});return o("fieldset",{children:[o("legend",{children:"Notifications"}),o(Ze,{label:"ntfy",checked:t.ntfyEnabled,onChange:r("ntfyEnabled")}),o(Ze,{label:"E-mail",checked:t.emailEnabled,onChange:r("emailEnabled")}),o(Ze,{label:"Gotify",checked:t.gotifyEnabled,onChange:r("gotifyEnabled")}),o(Ze,{label:"Apprise",checked:t.appriseEnabled,onChange:r("appriseEnabled")}),o(Ze,{label:"Notify when a good run recovers",checked:t.notifyRecovered,onChange:r("notifyRecovered")}),o(Ce,{id:`${e}-extra-topic`,label:"Extra ntfy topic",value:t.additionalNtfyTopic,onInput:r("additionalNtfyTopic")}),o(Ce,{id:`${e}-extra-emails`,label:"Extra e-mail recipients (comma-separated)",value:t.additionalEmails,onInput:r("additionalEmails")}),o(Zt,{id:`${e}-extra-level`,label:"Runs that reach the extra destinations",value:t.additionalNotificationLevel,options:Nl.map(i=>({value:i,label:i.toLowerCase()})),onChange:r("additionalNotificationLevel")})]})}function Cl({groups:e,onChange:t}){let n=Le(t);return e.length===0?o("p",{class:"muted",children:"No two servers share a name."}):o(ye,{children:[o("ul",{class:"plain",children:e.map(r=>{let[i,...s]=r.servers;return o("li",{children:[o("strong",{children:r.name}),": ",r.servers.length," servers (",r.servers.map(u=>u.serverId).join(", "),")"," ",o("button",{type:"button",disabled:n.busy||!i,onClick:()=>{!i||!confirm(`Merge ${s.length} older server(s) named ${r.name} into the newest one?`)||n.run(async()=>_e((await ue(Os,{input:{targetId:i.id,sourceIds:s.map(u=>u.id)}},Kr)).mergeServers,"MergeServersPayload"),u=>`Merged: ${u.counts.runsMoved} runs moved, ${u.counts.servers} servers removed.`)},children:"Merge into newest"})]},r.name)})}),o(Oe,{state:n})]})}var rn={BACKUP_FAILED:"Failed run",BACKUP_WARNING:"Run with warnings",BACKUP_SUCCEEDED:"Successful run",OVERDUE:"Overdue",OVERDUE_REMINDER:"Overdue reminder",RECOVERED:"Recovered",SERVER_SEEN:"New server",TEST:"Test"},Ln={NTFY:"ntfy",EMAIL:"E-mail",GOTIFY:"Gotify",APPRISE:"Apprise",WEBHOOK:"Webhook"},qi={PENDING:"Pending",DELIVERED:"Delivered",DEAD:"Failed"},Do={SUCCESS:"Successful run",WARNING:"Run with warnings or errors",OVERDUE_BACKUP:"Overdue job and reminders"};var mr=20,Id={value:"",label:"Any"},Ji=e=>[Id,...Object.entries(e).map(([t,n])=>({value:t,label:n}))];function Dl(){let[e,t]=C({status:"",channel:"",event:""}),[n,r]=C({first:mr}),[i,s]=C(1),u=We(Qt),c={...n,status:e.status||null,channel:e.channel||null,event:e.event||null},{data:f,error:m,refetch:g}=_t(tl,c,{admin:!0}),b=f?.notificationDeliveries,h=i===1&&b?Ld(b.nodes,u,e):!1;rt(()=>{h&&g()},[h,g]);let y=We(Ao);rt(()=>{y>0&&g()},[y,g]);let w=S=>x=>{t({...e,[S]:x}),r({first:mr}),s(1)},D=o("fieldset",{class:"filters",children:[o("legend",{class:"visually-hidden",children:"Filter deliveries"}),o(Zt,{id:"deliveries-status",label:"Status",value:e.status,options:Ji(qi),onChange:w("status")}),o(Zt,{id:"deliveries-channel",label:"Channel",value:e.channel,options:Ji(Ln),onChange:w("channel")}),o(Zt,{id:"deliveries-event",label:"Event",value:e.event,options:Ji(rn),onChange:w("event")})]});if(m&&!b)return o("p",{class:"error",children:["Could not read the deliveries: ",m.message]});if(!b)return o("p",{"aria-busy":"true",children:"Loading deliveries…"});let N=b.nodes.map(S=>u.get(S.id)??S).filter(S=>Rl(S,e)),E=Math.max(1,Math.ceil(b.totalCount/mr));return o("div",{class:"deliveries",children:[D,N.length===0?o("p",{class:"muted",children:["No deliveries",e.status||e.channel||e.event?" match these filters":" yet","."]}):o("div",{class:"table-scroll",children:o("table",{class:"deliveries-table",children:[o("caption",{class:"visually-hidden",children:"Notification deliveries, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Created"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Channel"}),o("th",{scope:"col",children:"Event"}),o("th",{scope:"col",children:"Attempts"}),o("th",{scope:"col",children:"Response"}),o("th",{scope:"col",children:"Last error"}),o("th",{scope:"col",children:"Delivered / next try"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:N.map(S=>o(Fd,{row:S},S.id))})]})}),o("nav",{class:"pager","aria-label":"Delivery pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r(i===2?{first:mr}:{last:mr,before:b.pageInfo.startCursor}),s(i-1)},children:"Newer deliveries"}),o("span",{class:"page-number",children:["Page ",i," of ",E," (",St(b.totalCount)," deliveries)"]}),o("button",{type:"button",disabled:!b.pageInfo.hasNextPage,onClick:()=>{r({first:mr,after:b.pageInfo.endCursor}),s(i+1)},children:"Older deliveries"})]})]})}function Rl(e,t){return(!t.status||e.status===t.status)&&(!t.channel||e.channel===t.channel)&&(!t.event||e.event===t.event)}function Ld(e,t,n){let r=new Set(e.map(s=>s.id)),i=e[0]?.createdAt??"";for(let[s,u]of t)if(!r.has(s)&&Rl(u,n)&&new Date(u.createdAt)>=new Date(i||0))return!0;return!1}var Od={DELIVERED:"status-success",PENDING:"status-none",DEAD:"status-error"};function Fd({row:e}){let[t,n]=C(!1),[r,i]=C(null);return o("tr",{"data-delivery-id":e.id,"data-status":e.status,children:[o("td",{children:Ne(e.createdAt)}),o("td",{children:o("span",{class:`badge ${Od[e.status]}`,children:qi[e.status]})}),o("td",{children:[Ln[e.channel],e.destination&&o("span",{class:"muted",children:[" ",e.destination]})]}),o("td",{title:e.title||void 0,children:rn[e.event]}),o("td",{children:e.attempts}),o("td",{children:e.responseCode??"—"}),o("td",{class:"last-error",children:e.lastError??"—"}),o("td",{children:e.deliveredAt?Ne(e.deliveredAt):e.nextAttemptAt?`next ${Ne(e.nextAttemptAt)}`:"—"}),o("td",{children:[e.status!=="PENDING"&&o("button",{type:"button",disabled:t,"aria-label":`Re-send the ${rn[e.event].toLowerCase()} notification by ${Ln[e.channel]}`,onClick:async()=>{n(!0),i(null);try{let s=Qt.get().get(e.id),u=await ue(nl,{id:e.id},{admin:!0}),c=_e(u.resendNotification,"NotificationDelivery");Qt.get().get(e.id)===s&&Qt.set(new Map(Qt.get()).set(c.id,c))}catch(s){i(s.message)}finally{n(!1)}},children:"Re-send"}),r&&o("span",{class:"error",children:[" ",r]})]})]})}var Ro={admin:!0};function Ml({settings:e,onSaved:t}){let[n,r]=C(e.ntfy?.url??"https://ntfy.sh/"),[i,s]=C(e.ntfy?.topic??""),[u,c]=C(""),[f,m]=C(!1),g=Le();return o("form",{class:"card channel","aria-labelledby":"channel-ntfy",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=_e((await ue(Js,{input:{url:n,topic:i,accessToken:f?"":u||void 0}},Ro)).setNtfySettings,"NotificationSettings");return c(""),m(!1),t(y),y},()=>"ntfy saved.")},children:[o("h3",{id:"channel-ntfy",children:"ntfy"}),o(Ce,{id:"ntfy-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"ntfy-topic",label:"Topic",required:!0,value:i,onInput:s}),o(zr,{id:"ntfy-token",label:"Access token",isSet:e.ntfy?.hasAccessToken??!1,value:u,onInput:c,remove:{checked:f,onChange:m}}),o("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save ntfy"}),o(Oe,{state:g})]})}var $d=[{value:"STARTTLS",label:"STARTTLS (TLS required)"},{value:"SSL",label:"SSL/TLS from the start"},{value:"PLAIN",label:"Plain (no TLS)"}];function Pl({settings:e,onSaved:t}){let n=e.email,[r,i]=C(n?.host??""),[s,u]=C(String(n?.port??587)),[c,f]=C(n?.connectionType??"STARTTLS"),[m,g]=C(n?.requireAuth??!0),[b,h]=C(n?.username??""),[y,w]=C(""),[D,N]=C(!1),[E,S]=C(n?.mailto??""),[x,A]=C(n?.fromAddress??""),[H,O]=C(n?.senderName??""),Q=Le();return o("form",{class:"card channel","aria-labelledby":"channel-email",onSubmit:q=>{q.preventDefault(),Q.run(async()=>{let Z={host:r,port:Number(s),connectionType:c,requireAuth:m,username:b,password:D?"":y||void 0,mailto:E,fromAddress:x,senderName:H||void 0},J=_e((await ue(Gs,{input:Z},Ro)).setEmailSettings,"NotificationSettings");return w(""),N(!1),t(J),J},()=>"E-mail saved.")},children:[o("h3",{id:"channel-email",children:"E-mail"}),n?.passwordMustBeSetAgain&&o("p",{class:"error",children:"The upgrade could not carry duplistatus's password over: enter it again."}),o(Ce,{id:"email-host",label:"SMTP host",required:!0,value:r,onInput:i}),o(Ce,{id:"email-port",label:"Port",type:"number",required:!0,value:s,onInput:u}),o(Zt,{id:"email-connection",label:"Connection",value:c,options:$d,onChange:f}),o(Ze,{label:"The server needs a login",checked:m,onChange:g}),o(Ce,{id:"email-username",label:"Username",value:b,onInput:h}),o(zr,{id:"email-password",label:"Password",isSet:n?.hasPassword??!1,value:y,onInput:w,remove:{checked:D,onChange:N}}),o(Ce,{id:"email-to",label:"Recipient",type:"email",required:!0,value:E,onInput:S}),o(Ce,{id:"email-from",label:"Sender address (empty: the username)",value:x,onInput:A}),o(Ce,{id:"email-sender",label:"Sender name",placeholder:"duplistatus",value:H,onInput:O}),o("button",{type:"submit",class:"primary",disabled:Q.busy,children:"Save e-mail"}),o(Oe,{state:Q})]})}function Il({settings:e,onSaved:t}){let[n,r]=C(e.gotify?.url??""),[i,s]=C(e.gotify?.enabled??!0),[u,c]=C(""),f=Le();return o("form",{class:"card channel","aria-labelledby":"channel-gotify",onSubmit:m=>{m.preventDefault(),f.run(async()=>{let b=_e((await ue(Hs,{input:{url:n,enabled:i,token:u||void 0}},Ro)).setGotifySettings,"NotificationSettings");return c(""),t(b),b},()=>"Gotify saved.")},children:[o("h3",{id:"channel-gotify",children:"Gotify"}),o(Ce,{id:"gotify-url",label:"Server URL",type:"url",required:!0,value:n,onInput:r}),o(zr,{id:"gotify-token",label:"Application token",isSet:e.gotify?.hasToken??!1,value:u,onInput:c}),o(Ze,{label:"Send through Gotify",checked:i,onChange:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:f.busy,children:"Save Gotify"})}),o(Oe,{state:f})]})}function Ll({settings:e,onSaved:t}){let[n,r]=C(e.apprise?.url??""),[i,s]=C(e.apprise?.key??""),[u,c]=C(e.apprise?.enabled??!0),[f,m]=C(""),g=Le();return o("form",{class:"card channel","aria-labelledby":"channel-apprise",onSubmit:b=>{b.preventDefault(),g.run(async()=>{let y=_e((await ue(js,{input:{url:n,key:i,enabled:u,urls:f||void 0}},Ro)).setAppriseSettings,"NotificationSettings");return m(""),t(y),y},()=>"Apprise saved.")},children:[o("h3",{id:"channel-apprise",children:"Apprise API"}),o(Ce,{id:"apprise-url",label:"Apprise API server",type:"url",required:!0,value:n,onInput:r}),o(Ce,{id:"apprise-key",label:"Configuration key (empty: send the URLs below)",value:i,onInput:s}),o(zr,{id:"apprise-urls",label:"Apprise URLs",isSet:e.apprise?.hasUrls??!1,value:f,onInput:m}),o(Ze,{label:"Send through Apprise",checked:u,onChange:c}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:g.busy,children:"Save Apprise"})}),o(Oe,{state:g})]})}var Bd={admin:!0},Vd=Object.keys(Do),Ud=["min","low","default","high","max"].map(e=>({value:e,label:e}));function Ol({templates:e,onChange:t}){return o(ye,{children:Vd.map(n=>o(Wd,{kind:n,template:e.find(r=>r.kind===n),onChange:t},n))})}function Wd({kind:e,template:t,onChange:n}){let[r,i]=C(t?.title??""),[s,u]=C(t?.message??""),[c,f]=C(t?.priority??"default"),[m,g]=C(t?.tags??""),b=Le(n),h=`template-${e.toLowerCase()}`;return o("details",{class:"card template","data-template-kind":e,children:[o("summary",{children:[o("strong",{children:Do[e]})," ",o("span",{class:"muted",children:t?"stored":"built-in default in use"})]}),o("form",{"aria-label":`Template: ${Do[e]}`,onSubmit:y=>{y.preventDefault(),b.run(async()=>_e((await ue(Ys,{input:{kind:e,title:r,message:s,priority:c,tags:m}},Bd)).setNotificationTemplate,"NotificationSettings"),()=>"Template saved.")},children:[o(Ce,{id:`${h}-title`,label:"Title (e-mail subject)",required:!0,value:r,onInput:i}),o("div",{class:"field",children:[o("label",{for:`${h}-message`,children:["Message (","{placeholder}","s are filled per event)"]}),o("textarea",{id:`${h}-message`,required:!0,rows:6,value:s,onInput:y=>u(y.currentTarget.value)})]}),o(Zt,{id:`${h}-priority`,label:"ntfy priority",value:c,options:Ud,onChange:f}),o(Ce,{id:`${h}-tags`,label:"ntfy tags (comma-separated)",value:m,onInput:g}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:b.busy,children:"Save template"})}),o(Oe,{state:b})]})]})}var zd={admin:!0},Kd=["NTFY","EMAIL","GOTIFY","APPRISE"];function Fl(){let[e,t]=C([]),[n,r]=C(""),[i,s]=C(!1),[u,c]=C(null),[f,m]=C(null);return o("form",{class:"card","aria-labelledby":"notification-test",onSubmit:async g=>{g.preventDefault(),s(!0),m(null);try{let b=await ue(el,{channels:e.length?e:null,toEmail:n||null},zd);c(_e(b.sendTestNotification,"SendTestNotificationPayload").outcomes)}catch(b){c(null),m(b.message)}finally{s(!1)}},children:[o("h3",{id:"notification-test",children:"Send a test"}),o("fieldset",{children:[o("legend",{children:"Channels (none ticked: every configured one)"}),Kd.map(g=>o(Ze,{label:Ln[g],checked:e.includes(g),onChange:b=>t(b?[...e,g]:e.filter(h=>h!==g))},g))]}),o(Ce,{id:"test-email",label:"Send the e-mail test to (empty: the recipient)",type:"email",value:n,onInput:r}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:i,children:i?"Sending…":"Send test"})}),o("div",{role:"status",children:[f&&o("p",{class:"error",children:f}),u&&u.length===0&&o("p",{class:"muted",children:"No channel is configured."}),u&&u.length>0&&o("ul",{class:"plain test-outcomes",children:u.map(g=>o("li",{"data-channel":g.channel,"data-delivered":String(g.delivered),children:[o("strong",{children:Ln[g.channel]}),g.destination&&` (${g.destination})`,":"," ",o("span",{class:g.delivered?"ok":"error",children:g.delivered?"delivered":"failed"}),g.responseCode!==null&&g.responseCode!==void 0&&`, answered ${g.responseCode}`,g.error&&` — ${g.error}`]},g.channel))})]})]})}var Bl={admin:!0},qd=Object.keys(rn).filter(e=>e!=="BACKUP_SUCCEEDED"&&e!=="TEST"),$l=16;function Vl({webhooks:e,onChange:t}){let n=Le(t);return o("div",{class:"card",children:[e.length===0?o("p",{class:"muted",children:"No webhook endpoints."}):o("div",{class:"table-scroll",children:o("table",{class:"webhooks",children:[o("caption",{class:"visually-hidden",children:"Webhook endpoints"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Name"}),o("th",{scope:"col",children:"URL"}),o("th",{scope:"col",children:"Events"}),o("th",{scope:"col",children:"Secret"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Actions"})})]})}),o("tbody",{children:e.map(r=>o("tr",{"data-webhook-id":r.id,children:[o("td",{children:[r.name||"—",!r.enabled&&o("span",{class:"muted",children:" (off)"})]}),o("td",{children:o("code",{children:r.url})}),o("td",{children:r.events.map(i=>rn[i]).join(", ")}),o("td",{children:r.hasSecret?"set":"not set"}),o("td",{children:o("button",{type:"button",class:"danger",disabled:n.busy,"aria-label":`Remove the webhook ${r.name||r.url}`,onClick:()=>{confirm(`Remove the webhook ${r.name||r.url}?`)&&n.run(async()=>_e((await ue(Xs,{id:r.id},Bl)).removeNotificationWebhook,"RemoveNotificationWebhookPayload"),()=>"Webhook removed.")},children:"Remove"})})]},r.id))})]})}),o(Oe,{state:n}),o(Jd,{onChange:t})]})}function Jd({onChange:e}){let[t,n]=C(""),[r,i]=C(""),[s,u]=C(""),[c,f]=C(qd),[m,g]=C(!1),b=Le(e);return o("form",{"aria-labelledby":"webhook-add",onSubmit:h=>{h.preventDefault(),b.run(async()=>{let w=_e((await ue(Zs,{input:{name:t,url:r,secret:s,events:c,legacyMachineKeys:m}},Bl)).addNotificationWebhook,"NotificationWebhook");return n(""),i(""),u(""),w},()=>"Webhook added.")},children:[o("h3",{id:"webhook-add",children:"Add a webhook"}),o(Ce,{id:"webhook-name",label:"Name",value:t,onInput:n}),o(Ce,{id:"webhook-url",label:"URL (http or https)",type:"url",required:!0,value:r,onInput:i}),o("div",{class:"field",children:[o("label",{for:"webhook-secret",children:["Signing secret (at least ",$l," characters; never shown again)"]}),o("input",{id:"webhook-secret",type:"password",required:!0,minLength:$l,autoComplete:"new-password",value:s,onInput:h=>u(h.currentTarget.value)})]}),o("fieldset",{children:[o("legend",{children:"Events"}),Object.keys(rn).filter(h=>h!=="TEST").map(h=>o(Ze,{label:rn[h],checked:c.includes(h),onChange:y=>f(y?[...c,h]:c.filter(w=>w!==h))},h))]}),o(Ze,{label:"Add machine keys beside server (older receivers)",checked:m,onChange:g}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:b.busy,children:"Add webhook"})}),o(Oe,{state:b})]})}function Ul(){let{data:e,error:t,refetch:n}=_t(qs,{},{admin:!0}),[r,i]=C(null);rt(()=>i(null),[e]);let s=r??e?.notificationSettings;return t&&!s?o("p",{class:"error",children:["Could not read the notification settings: ",t.message]}):s?o(ye,{children:[o("section",{"aria-labelledby":"notifications-channels",children:[o("h2",{id:"notifications-channels",children:"Channels"}),o("p",{class:"muted",children:"Secrets are write-only: the page only says whether one is stored."}),o("div",{class:"channels",children:[o(Ml,{settings:s,onSaved:i}),o(Pl,{settings:s,onSaved:i}),o(Il,{settings:s,onSaved:i}),o(Ll,{settings:s,onSaved:i})]})]}),o("section",{"aria-labelledby":"notifications-test",children:[o("h2",{id:"notifications-test",children:"Test"}),o(Fl,{})]}),o("section",{"aria-labelledby":"notifications-webhooks",children:[o("h2",{id:"notifications-webhooks",children:"Webhooks"}),o(Vl,{webhooks:s.webhooks,onChange:n})]}),o("section",{"aria-labelledby":"notifications-options",children:[o("h2",{id:"notifications-options",children:"Options"}),o(Gd,{settings:s,onSaved:i})]}),o("section",{"aria-labelledby":"notifications-templates",children:[o("h2",{id:"notifications-templates",children:"Templates"}),o("p",{class:"muted",children:["Language: ",s.templateLanguage,". A template preview is not offered yet: the API has no preview query."]}),o(Ol,{templates:s.templates,onChange:n})]}),o("section",{"aria-labelledby":"notifications-deliveries",children:[o("h2",{id:"notifications-deliveries",children:"Deliveries"}),o(Dl,{})]})]}):o("p",{"aria-busy":"true",children:"Loading notification settings…"})}function Gd({settings:e,onSaved:t}){let[n,r]=C(e.notifyNewServer),[i,s]=C(String(e.overdueDigestThreshold)),u=Le();return o("form",{class:"card",onSubmit:c=>{c.preventDefault(),u.run(async()=>{let f={notifyNewServer:n,overdueDigestThreshold:Number(i)},m=_e((await ue(Qs,{input:f},{admin:!0})).setNotificationOptions,"NotificationSettings");return t(m),m},()=>"Options saved.")},children:[o(Ze,{label:"Notify the first report of a new server",checked:n,onChange:r}),o(Ce,{id:"overdue-digest",label:"Overdue notifications in one check before they become one digest",type:"number",required:!0,value:i,onInput:s}),o("div",{class:"actions",children:o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save options"})}),o(Oe,{state:u})]})}var Gi={admin:!0},Hd=[0,5,15,30,60,120,240,360,720,1440],jd=["ONETIME","EVERY_DAY","EVERY_WEEK","EVERY_MONTH"];function Wl({section:e}){We(jt);let t=ur("admin")!==null,{data:n,error:r,refetch:i}=_t(Ms,{},{admin:!0,skip:!t||e!=="general"});return t?o(ye,{children:[o("h1",{children:"Admin"}),o("p",{children:o("button",{type:"button",onClick:()=>ml("admin"),children:"Forget the admin token"})}),r&&o(ye,{children:[o("p",{class:"error",role:"alert",children:r.message}),o(Pn,{kind:"admin"})]}),o("nav",{class:"tabs","aria-label":"Admin sections",children:[o("a",{href:Ye.admin("general"),"aria-current":e==="general"?"page":void 0,children:"Servers and monitoring"}),o("a",{href:Ye.admin("notifications"),"aria-current":e==="notifications"?"page":void 0,children:"Notifications"})]}),e==="notifications"?o(Ul,{}):n&&o(Qd,{data:n,refetch:i})]}):o(ye,{children:[o("h1",{children:"Admin"}),o(Pn,{kind:"admin"})]})}function Qd({data:e,refetch:t}){return o(ye,{children:[o("section",{"aria-labelledby":"admin-monitoring",children:[o("h2",{id:"admin-monitoring",children:"Monitoring settings"}),o(Yd,{settings:e.monitoringSettings,onChange:t})]}),o("section",{"aria-labelledby":"admin-servers",children:[o("h2",{id:"admin-servers",children:"Servers and job schedules"}),e.servers.nodes.length===0&&o("p",{class:"muted",children:"No servers."}),e.servers.nodes.map(n=>o(El,{server:n,onChange:t},n.id))]}),o("section",{"aria-labelledby":"admin-duplicates",children:[o("h2",{id:"admin-duplicates",children:"Duplicate servers"}),o(Cl,{groups:e.duplicateServers,onChange:t})]}),o("section",{"aria-labelledby":"admin-prune",children:[o("h2",{id:"admin-prune",children:"Prune old runs"}),o(Zd,{onChange:t})]}),o("section",{"aria-labelledby":"admin-usage",children:[o("h2",{id:"admin-usage",children:"Deprecated fields still in use"}),o(Xd,{usage:e.deprecatedFieldUsage})]})]})}function Yd({settings:e,onChange:t}){let[n,r]=C(e.defaultToleranceMilliseconds/6e4),[i,s]=C(e.reminderFrequency),u=Le(t),c=Le(t);return o("form",{class:"card",onSubmit:f=>{f.preventDefault(),u.run(async()=>_e((await ue(Vs,{input:{defaultToleranceMilliseconds:n*6e4,reminderFrequency:i}},Gi)).setMonitoringSettings,"SetMonitoringSettingsPayload"),()=>"Settings saved.")},children:[o("div",{class:"field",children:[o("label",{for:"default-tolerance",children:"Default tolerance"}),o("select",{id:"default-tolerance",value:n,onChange:f=>r(Number(f.currentTarget.value)),children:Hd.map(f=>o("option",{value:f,children:[f," min"]},f))})]}),o("div",{class:"field",children:[o("label",{for:"reminder-frequency",children:"Overdue reminders"}),o("select",{id:"reminder-frequency",value:i,onChange:f=>s(f.currentTarget.value),children:jd.map(f=>o("option",{value:f,children:f.toLowerCase().replace("_"," ")},f))})]}),o("div",{class:"actions",children:[o("button",{type:"submit",class:"primary",disabled:u.busy,children:"Save settings"}),o("button",{type:"button",disabled:c.busy,onClick:()=>{c.run(async()=>_e((await ue(Us,{},Gi)).runOverdueCheck,"RunOverdueCheckPayload"),f=>f.check.message)},children:"Run the overdue check now"})]}),o(Oe,{state:u}),o(Oe,{state:c})]})}function Zd({onChange:e}){let[t,n]=C(""),r=Le(e);return o("form",{class:"card",onSubmit:i=>{i.preventDefault(),!(!t||!confirm(`Delete every run that ended before ${t}?`))&&r.run(async()=>_e((await ue(Bs,{olderThan:new Date(`${t}T00:00:00Z`).toISOString()},Gi)).pruneBackups,"PruneBackupsPayload"),s=>`Deleted ${s.deleted.runs} runs of ${s.deleted.jobsAffected} jobs.`)},children:[o("div",{class:"field",children:[o("label",{for:"prune-before",children:"Delete runs that ended before (UTC date)"}),o("input",{id:"prune-before",type:"date",required:!0,value:t,onInput:i=>n(i.currentTarget.value)})]}),o("button",{type:"submit",class:"danger",disabled:r.busy,children:"Prune"}),o(Oe,{state:r})]})}function Xd({usage:e}){return e.length===0?o("p",{class:"muted",children:"No client has used a deprecated field since the server started."}):o("div",{class:"table-scroll",children:o("table",{children:[o("caption",{class:"visually-hidden",children:"Deprecated fields by client"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Client"}),o("th",{scope:"col",children:"Field"}),o("th",{scope:"col",children:"Uses"}),o("th",{scope:"col",children:"Last used"})]})}),o("tbody",{children:e.map(t=>o("tr",{children:[o("td",{children:[t.client,t.clientVersion&&` ${t.clientVersion}`]}),o("td",{children:o("code",{children:t.coordinate})}),o("td",{children:t.count}),o("td",{children:Ne(t.lastSeenAt)})]},`${t.client}|${t.clientVersion}|${t.coordinate}`))})]})})}var ef={OVERDUE:"Overdue",BACKUP_FAILED:"Backup failed",BACKUP_WARNING:"Backup warning"};function Mo({alerts:e,onChange:t}){let[n,r]=C(null),[i,s]=C(!1),[u,c]=C(null);async function f(m){r(null),c(m);try{_e((await ue(Ps,{id:m},{admin:!0})).acknowledgeAlert,"AcknowledgeAlertPayload"),s(!1),t()}catch(g){r(`Not acknowledged: ${g.message}`),g instanceof cr&&s(!0)}finally{c(null)}}return e.length===0?o("p",{class:"muted",children:"No alerts."}):o("div",{children:[n&&o("p",{class:"error",role:"alert",children:n}),i&&o(Pn,{kind:"admin",onCancel:()=>s(!1),onSaved:()=>s(!1)}),o("ul",{class:"alerts",children:e.map(m=>o("li",{class:`alert-item ${m.active?"open":"closed"}`,"data-alert-id":m.id,children:[o("div",{children:[o("strong",{children:ef[m.kind]}),m.job&&o("span",{children:[" · ",m.job.backupName]})," · ",o("span",{children:m.active?"open":"resolved"}),m.acknowledgedAt&&o("span",{class:"ack",children:[" · acknowledged ",Ne(m.acknowledgedAt)]})]}),o("div",{class:"muted",children:[m.message," — raised ",Ne(m.raisedAt),m.reminderCount>0&&`, ${m.reminderCount} reminder(s)`,m.resolvedAt&&`, resolved ${Ne(m.resolvedAt)}`]}),m.active&&!m.acknowledgedAt&&o("button",{type:"button",disabled:u===m.id,onClick:()=>f(m.id),children:"Acknowledge"})]},m.id))})]})}function Po({status:e}){let t=e??"NONE";return o("span",{class:`badge status-${t.toLowerCase()}`,children:Wr[t]})}function Io({since:e}){return o("span",{class:"badge overdue",title:e?`Overdue since ${new Date(e).toLocaleString()}`:"Overdue",children:"Overdue"})}var tf="uplot",nf="u-hz",rf="u-vt",of="u-title",af="u-wrap",sf="u-under",lf="u-over",uf="u-axis",$n="u-off",cf="u-select",df="u-cursor-x",ff="u-cursor-y",pf="u-cursor-pt",mf="u-legend",gf="u-live",hf="u-inline",bf="u-series",yf="u-marker",zl="u-label",vf="u-value",Jr="width",Gr="height";var Kl="bottom",gr="left",Hi="right",da="#000",ql=da+"0",ji="mousemove",Jl="mousedown",Qi="mouseup",Gl="mouseenter",Hl="mouseleave",jl="dblclick",_f="resize",Sf="scroll",Ql="change",Bo="dppxchange",fa="--",kr=typeof window<"u",ta=kr?document:null,br=kr?window:null,kf=kr?navigator:null,ge,Lo;function na(){let e=devicePixelRatio;ge!=e&&(ge=e,Lo&&oa(Ql,Lo,na),Lo=matchMedia(`(min-resolution: ${ge-.001}dppx) and (max-resolution: ${ge+.001}dppx)`),Bn(Ql,Lo,na),br.dispatchEvent(new CustomEvent(Bo)))}function kt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function ra(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function De(e,t,n){e.style[t]=n+"px"}function Bt(e,t,n,r){let i=ta.createElement(e);return t!=null&&kt(i,t),n?.insertBefore(i,r),i}function Pt(e,t){return Bt("div",e,t)}var Yl=new WeakMap;function Xt(e,t,n,r,i){let s="translate("+t+"px,"+n+"px)",u=Yl.get(e);s!=u&&(e.style.transform=s,Yl.set(e,s),t<0||n<0||t>r||n>i?kt(e,$n):ra(e,$n))}var Zl=new WeakMap;function Xl(e,t,n){let r=t+n,i=Zl.get(e);r!=i&&(Zl.set(e,r),e.style.background=t,e.style.borderColor=n)}var eu=new WeakMap;function tu(e,t,n,r){let i=t+""+n,s=eu.get(e);i!=s&&(eu.set(e,i),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=r?-t/2+"px":0,e.style.marginTop=r?-n/2+"px":0)}var pa={passive:!0},wf={...pa,capture:!0};function Bn(e,t,n,r){t.addEventListener(e,n,r?wf:pa)}function oa(e,t,n,r){t.removeEventListener(e,n,pa)}kr&&na();function Vt(e,t,n,r){let i;n=n||0,r=r||t.length-1;let s=r<=2147483647;for(;r-n>1;)i=s?n+r>>1:wt((n+r)/2),t[i]<e?n=i:r=i;return e-t[n]<=t[r]-e?n:r}function Cu(e){return(n,r,i)=>{let s=-1,u=-1;for(let c=r;c<=i;c++)if(e(n[c])){s=c;break}for(let c=i;c>=r;c--)if(e(n[c])){u=c;break}return[s,u]}}var Du=e=>e!=null,Ru=e=>e!=null&&e>0,Wo=Cu(Du),Af=Cu(Ru);function xf(e,t,n,r=0,i=!1){let s=i?Af:Wo,u=i?Ru:Du;[t,n]=s(e,t,n);let c=e[t],f=e[t];if(t>-1)if(r==1)c=e[t],f=e[n];else if(r==-1)c=e[n],f=e[t];else for(let m=t;m<=n;m++){let g=e[m];u(g)&&(g<c?c=g:g>f&&(f=g))}return[c??Se,f??-Se]}function zo(e,t,n,r){let i=ou(e),s=ou(t);e==t&&(i==-1?(e*=n,t/=n):(e/=n,t*=n));let u=n==10?on:Mu,c=i==1?wt:It,f=s==1?It:wt,m=c(u(Ke(e))),g=f(u(Ke(t))),b=yr(n,m),h=yr(n,g);return n==10&&(m<0&&(b=ke(b,-m)),g<0&&(h=ke(h,-g))),r||n==2?(e=b*i,t=h*s):(e=Ou(e,b),t=Ko(t,h)),[e,t]}function ma(e,t,n,r){let i=zo(e,t,n,r);return e==0&&(i[0]=0),t==0&&(i[1]=0),i}var ga=.1,nu={mode:3,pad:ga},jr={pad:0,soft:null,mode:0},Tf={min:jr,max:jr};function Vo(e,t,n,r){return qo(n)?ru(e,t,n):(jr.pad=n,jr.soft=r?0:null,jr.mode=r?3:0,ru(e,t,Tf))}function pe(e,t){return e??t}function Ef(e,t,n){for(t=pe(t,0),n=pe(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function ru(e,t,n){let r=n.min,i=n.max,s=pe(r.pad,0),u=pe(i.pad,0),c=pe(r.hard,-Se),f=pe(i.hard,Se),m=pe(r.soft,Se),g=pe(i.soft,-Se),b=pe(r.mode,0),h=pe(i.mode,0),y=t-e,w=on(y),D=ut(Ke(e),Ke(t)),N=on(D),E=Ke(N-w);(y<1e-24||E>10)&&(y=0,(e==0||t==0)&&(y=1e-24,b==2&&m!=Se&&(s=0),h==2&&g!=-Se&&(u=0)));let S=y||D||1e3,x=on(S),A=yr(10,wt(x)),H=S*(y==0?e==0?.1:1:s),O=ke(Ou(e-H,A/10),24),Q=e>=m&&(b==1||b==3&&O<=m||b==2&&O>=m)?m:Se,q=ut(c,O<Q&&e>=Q?Q:Ut(Q,O)),Z=S*(y==0?t==0?.1:1:u),J=ke(Ko(t+Z,A/10),24),R=t<=g&&(h==1||h==3&&J>=g||h==2&&J<=g)?g:-Se,j=Ut(f,J>R&&t<=R?R:ut(R,J));return q==j&&q==0&&(j=100),[q,j]}var Nf=new Intl.NumberFormat(kr?kf.language:"en-US"),ha=e=>Nf.format(e),At=Math,$o=At.PI,Ke=At.abs,wt=At.floor,ze=At.round,It=At.ceil,Ut=At.min,ut=At.max,yr=At.pow,ou=At.sign,on=At.log10,Mu=At.log2,Cf=(e,t=1)=>At.sinh(e)*t,Yi=(e,t=1)=>At.asinh(e/t),Se=1/0;function iu(e){return(on((e^e>>31)-(e>>31))|0)+1}function ia(e,t,n){return Ut(ut(e,t),n)}function Pu(e){return typeof e=="function"}function se(e){return Pu(e)?e:()=>e}var Df=()=>{},Iu=e=>e,Lu=(e,t)=>t,Rf=e=>null,au=e=>!0,su=(e,t)=>e==t,Mf=/\.\d*?(?=9{6,}|0{6,})/gm,Vn=e=>{if($u(e)||bn.has(e))return e;let t=`${e}`,n=t.match(Mf);if(n==null)return e;let r=n[0].length-1;if(t.indexOf("e-")!=-1){let[i,s]=t.split("e");return+`${Vn(i)}e${s}`}return ke(e,r)};function On(e,t){return Vn(ke(Vn(e/t))*t)}function Ko(e,t){return Vn(It(Vn(e/t))*t)}function Ou(e,t){return Vn(wt(Vn(e/t))*t)}function ke(e,t=0){if($u(e))return e;let n=10**t,r=e*n*(1+Number.EPSILON);return ze(r)/n}var bn=new Map;function Fu(e){return((""+e).split(".")[1]||"").length}function Yr(e,t,n,r){let i=[],s=r.map(Fu);for(let u=t;u<n;u++){let c=Ke(u),f=ke(yr(e,u),c);for(let m=0;m<r.length;m++){let g=e==10?+`${r[m]}e${u}`:r[m]*f,b=(u>=0?0:c)+(u>=s[m]?0:s[m]),h=e==10?g:ke(g,b);i.push(h),bn.set(h,b)}}return i}var Qr={},ba=[],vr=[null,null],hn=Array.isArray,$u=Number.isInteger,Pf=e=>e===void 0;function lu(e){return typeof e=="string"}function qo(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function If(e){return e!=null&&typeof e=="object"}var Lf=Object.getPrototypeOf(Uint8Array),Bu="__proto__";function _r(e,t=qo){let n;if(hn(e)){let r=e.find(i=>i!=null);if(hn(r)||t(r)){n=Array(e.length);for(let i=0;i<e.length;i++)n[i]=_r(e[i],t)}else n=e.slice()}else if(e instanceof Lf)n=e.slice();else if(t(e)){n={};for(let r in e)r!=Bu&&(n[r]=_r(e[r],t))}else n=e;return n}function Be(e){let t=arguments;for(let n=1;n<t.length;n++){let r=t[n];for(let i in r)i!=Bu&&(qo(e[i])?Be(e[i],_r(r[i])):e[i]=_r(r[i]))}return e}var Of=0,Ff=1,$f=2;function Bf(e,t,n){for(let r=0,i,s=-1;r<t.length;r++){let u=t[r];if(u>s){for(i=u-1;i>=0&&e[i]==null;)e[i--]=null;for(i=u+1;i<n&&e[i]==null;)e[s=i++]=null}}}function Vf(e,t){if(zf(e)){let u=e[0].slice();for(let c=1;c<e.length;c++)u.push(...e[c].slice(1));return Kf(u[0])||(u=Wf(u)),u}let n=new Set;for(let u=0;u<e.length;u++){let f=e[u][0],m=f.length;for(let g=0;g<m;g++)n.add(f[g])}let r=[Array.from(n).sort((u,c)=>u-c)],i=r[0].length,s=new Map;for(let u=0;u<i;u++)s.set(r[0][u],u);for(let u=0;u<e.length;u++){let c=e[u],f=c[0];for(let m=1;m<c.length;m++){let g=c[m],b=Array(i).fill(void 0),h=t?t[u][m]:Ff,y=[];for(let w=0;w<g.length;w++){let D=g[w],N=s.get(f[w]);D===null?h!=Of&&(b[N]=D,h==$f&&y.push(N)):b[N]=D}Bf(b,y,i),r.push(b)}}return r}var Uf=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Wf(e){let t=e[0],n=t.length,r=Array(n);for(let s=0;s<r.length;s++)r[s]=s;r.sort((s,u)=>t[s]-t[u]);let i=[];for(let s=0;s<e.length;s++){let u=e[s],c=Array(n);for(let f=0;f<n;f++)c[f]=u[r[f]];i.push(c)}return i}function zf(e){let t=e[0][0],n=t.length;for(let r=1;r<e.length;r++){let i=e[r][0];if(i.length!=n)return!1;if(i!=t){for(let s=0;s<n;s++)if(i[s]!=t[s])return!1}}return!0}function Kf(e,t=100){let n=e.length;if(n<=1)return!0;let r=0,i=n-1;for(;r<=i&&e[r]==null;)r++;for(;i>=r&&e[i]==null;)i--;if(i<=r)return!0;let s=ut(1,wt((i-r+1)/t));for(let u=e[r],c=r+s;c<=i;c+=s){let f=e[c];if(f!=null){if(f<=u)return!1;u=f}}return!0}var Vu=["January","February","March","April","May","June","July","August","September","October","November","December"],Uu=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Wu(e){return e.slice(0,3)}var qf=Uu.map(Wu),Jf=Vu.map(Wu),Gf={MMMM:Vu,MMM:Jf,WWWW:Uu,WWW:qf};function qr(e){return(e<10?"0":"")+e}function Hf(e){return(e<10?"00":e<100?"0":"")+e}var jf={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>qr(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>qr(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>qr(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>qr(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>qr(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Hf(e.getMilliseconds())};function ya(e,t){t=t||Gf;let n=[],r=/\{([a-z]+)\}|[^{]+/gi,i;for(;i=r.exec(e);)n.push(i[0][0]=="{"?jf[i[1]]:i[0]);return s=>{let u="";for(let c=0;c<n.length;c++)u+=typeof n[c]=="string"?n[c]:n[c](s,t);return u}}var Qf=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Yf(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Qf?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var zu=e=>e%1==0,Uo=[1,2,2.5,5],Zf=Yr(10,-32,0,Uo),Ku=Yr(10,0,32,Uo),Xf=Ku.filter(zu),Fn=Zf.concat(Ku),va=`
`,qu="{YYYY}",uu=va+qu,Ju="{M}/{D}",Hr=va+Ju,Oo=Hr+"/{YY}",Gu="{aa}",ep="{h}:{mm}",hr=ep+Gu,cu=va+hr,du=":{ss}",he=null;function Hu(e){let t=e*1e3,n=t*60,r=n*60,i=r*24,s=i*30,u=i*365,f=(e==1?Yr(10,0,3,Uo).filter(zu):Yr(10,-3,0,Uo)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,r,r*2,r*3,r*4,r*6,r*8,r*12,i,i*2,i*3,i*4,i*5,i*6,i*7,i*8,i*9,i*10,i*15,s,s*2,s*3,s*4,s*6,u,u*2,u*5,u*10,u*25,u*50,u*100]),m=[[u,qu,he,he,he,he,he,he,1],[i*28,"{MMM}",uu,he,he,he,he,he,1],[i,Ju,uu,he,he,he,he,he,1],[r,"{h}"+Gu,Oo,he,Hr,he,he,he,1],[n,hr,Oo,he,Hr,he,he,he,1],[t,du,Oo+" "+hr,he,Hr+" "+hr,he,cu,he,1],[e,du+".{fff}",Oo+" "+hr,he,Hr+" "+hr,he,cu,he,1]];function g(b){return(h,y,w,D,N,E)=>{let S=[],x=N>=u,A=N>=s&&N<u,H=b(w),O=ke(H*e,3),Q=Zi(H.getFullYear(),x?0:H.getMonth(),A||x?1:H.getDate()),q=ke(Q*e,3);if(A||x){let Z=A?N/s:0,J=x?N/u:0,R=O==q?O:ke(Zi(Q.getFullYear()+J,Q.getMonth()+Z,1)*e,3),j=new Date(ze(R/e)),$=j.getFullYear(),I=j.getMonth();for(let L=0;R<=D;L++){let F=Zi($+J*L,I+Z*L,1),P=F-b(ke(F*e,3));R=ke((+F+P)*e,3),R<=D&&S.push(R)}}else{let Z=N>=i?i:N,J=wt(w)-wt(O),R=q+J+Ko(O-q,Z);S.push(R);let j=b(R),$=j.getHours()+j.getMinutes()/n+j.getSeconds()/r,I=N/r,L=h.axes[y]._space,F=E/L;for(;R=ke(R+N,e==1?0:3),!(R>D);)if(I>1){let P=wt(ke($+I,6))%24,z=b(R).getHours()-P;z>1&&(z=-1),R-=z*r,$=($+I)%24;let ie=S[S.length-1];ke((R-ie)/N,3)*F>=.7&&S.push(R)}else S.push(R)}return S}}return[f,m,g]}var[tp,np,rp]=Hu(1),[op,ip,ap]=Hu(.001);Yr(2,-53,53,[1]);function fu(e,t){return e.map(n=>n.map((r,i)=>i==0||i==8||r==null?r:t(i==1||n[8]==0?r:n[1]+r)))}function pu(e,t){return(n,r,i,s,u)=>{let c=t.find(w=>u>=w[0])||t[t.length-1],f,m,g,b,h,y;return r.map(w=>{let D=e(w),N=D.getFullYear(),E=D.getMonth(),S=D.getDate(),x=D.getHours(),A=D.getMinutes(),H=D.getSeconds(),O=N!=f&&c[2]||E!=m&&c[3]||S!=g&&c[4]||x!=b&&c[5]||A!=h&&c[6]||H!=y&&c[7]||c[1];return f=N,m=E,g=S,b=x,h=A,y=H,O(D)})}}function sp(e,t){let n=ya(t);return(r,i,s,u,c)=>i.map(f=>n(e(f)))}function Zi(e,t,n){return new Date(e,t,n)}function mu(e,t){return t(e)}var lp="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function gu(e,t){return(n,r,i,s)=>s==null?fa:t(e(r))}function up(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function cp(e,t){return e.series[t].fill(e,t)}var dp={show:!0,live:!0,isolate:!1,mount:Df,markers:{show:!0,width:2,stroke:up,fill:cp,dash:"solid"},idx:null,idxs:null,values:[]};function fp(e,t){let n=e.cursor.points,r=Pt(),i=n.size(e,t);De(r,Jr,i),De(r,Gr,i);let s=i/-2;De(r,"marginLeft",s),De(r,"marginTop",s);let u=n.width(e,t,i);return u&&De(r,"borderWidth",u),r}function pp(e,t){let n=e.series[t].points;return n._fill||n._stroke}function mp(e,t){let n=e.series[t].points;return n._stroke||n._fill}function gp(e,t){return e.series[t].points.size}var Xi=[0,0];function hp(e,t,n){return Xi[0]=t,Xi[1]=n,Xi}function Fo(e,t,n,r=!0){return i=>{i.button==0&&(!r||i.target==t)&&n(i)}}function ea(e,t,n,r=!0){return i=>{(!r||i.target==t)&&n(i)}}var bp={show:!0,x:!0,y:!0,lock:!1,move:hp,points:{one:!1,show:fp,size:gp,width:0,stroke:mp,fill:pp},bind:{mousedown:Fo,mouseup:Fo,click:Fo,dblclick:Fo,mousemove:ea,mouseleave:ea,mouseenter:ea},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,r,i)=>r-i,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},ju={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},_a=Be({},ju,{filter:Lu}),Qu=Be({},_a,{size:10}),Yu=Be({},ju,{show:!1}),Sa='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Zu="bold "+Sa,Xu=1.5,hu={show:!0,scale:"x",stroke:da,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Zu,side:2,grid:_a,ticks:Qu,border:Yu,font:Sa,lineGap:Xu,rotate:0},yp="Value",vp="Time",bu={show:!0,scale:"x",auto:!1,sorted:1,min:Se,max:-Se,idxs:[]};function _p(e,t,n,r,i){return t.map(s=>s==null?"":ha(s))}function Sp(e,t,n,r,i,s,u){let c=[],f=bn.get(i)||0;n=u?n:ke(Ko(n,i),f);for(let m=n;m<=r;m=ke(m+i,f))c.push(Object.is(m,-0)?0:m);return c}function aa(e,t,n,r,i,s,u){let c=[],f=e.scales[e.axes[t].scale].log,m=f==10?on:Mu,g=wt(m(n));i=yr(f,g),f==10&&(i=Fn[Vt(i,Fn)]);let b=n,h=i*f;f==10&&(h=Fn[Vt(h,Fn)]);do c.push(b),b=b+i,f==10&&!bn.has(b)&&(b=ke(b,bn.get(i))),b>=h&&(i=b,h=i*f,f==10&&(h=Fn[Vt(h,Fn)]));while(b<=r);return c}function kp(e,t,n,r,i,s,u){let f=e.scales[e.axes[t].scale].asinh,m=r>f?aa(e,t,ut(f,n),r,i):[f],g=r>=0&&n<=0?[0]:[];return(n<-f?aa(e,t,ut(f,-r),-n,i):[f]).reverse().map(h=>-h).concat(g,m)}var ec=/./,wp=/[12357]/,Ap=/[125]/,yu=/1/,sa=(e,t,n,r)=>e.map((i,s)=>t==4&&i==0||s%r==0&&n.test(i.toExponential()[i<0?1:0])?i:null);function xp(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=e.scales[u],f=e.valToPos,m=s._space,g=f(10,u),b=f(9,u)-g>=m?ec:f(7,u)-g>=m?wp:f(5,u)-g>=m?Ap:yu;if(b==yu){let h=Ke(f(1,u)-g);if(h<m)return sa(t.slice().reverse(),c.distr,b,It(m/h)).reverse()}return sa(t,c.distr,b,1)}function Tp(e,t,n,r,i){let s=e.axes[n],u=s.scale,c=s._space,f=e.valToPos,m=Ke(f(1,u)-f(2,u));return m<c?sa(t.slice().reverse(),3,ec,It(c/m)).reverse():t}function Ep(e,t,n,r){return r==null?fa:t==null?"":ha(t)}var vu={show:!0,scale:"y",stroke:da,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Zu,side:3,grid:_a,ticks:Qu,border:Yu,font:Sa,lineGap:Xu,rotate:0};function Np(e,t){let n=3+(e||1)*2;return ke(n*t,3)}function Cp(e,t){let{scale:n,idxs:r}=e.series[0],i=e._data[0],s=e.valToPos(i[r[0]],n,!0),u=e.valToPos(i[r[1]],n,!0),c=Ke(u-s),f=e.series[t],m=c/(f.points.space*ge);return r[1]-r[0]<=m}var _u={scale:null,auto:!0,sorted:0,min:Se,max:-Se},tc=(e,t,n,r,i)=>i,Su={show:!0,auto:!0,sorted:0,gaps:tc,alpha:1,facets:[Be({},_u,{scale:"x"}),Be({},_u,{scale:"y"})]},ku={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:tc,alpha:1,points:{show:Cp,filter:null},values:null,min:Se,max:-Se,idxs:[],path:null,clip:null};function Dp(e,t,n,r,i){return n/10}var nc={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},Rp=Be({},nc,{time:!1,ori:1}),wu={};function rc(e,t){let n=wu[e];return n||(n={key:e,plots:[],sub(r){n.plots.push(r)},unsub(r){n.plots=n.plots.filter(i=>i!=r)},pub(r,i,s,u,c,f,m){for(let g=0;g<n.plots.length;g++)n.plots[g]!=i&&n.plots[g].pub(r,i,s,u,c,f,m)}},e!=null&&(wu[e]=n)),n}var Sr=1,la=2;function Un(e,t,n){let r=e.mode,i=e.series[t],s=r==2?e._data[t]:e._data,u=e.scales,c=e.bbox,f=s[0],m=r==2?s[1]:s[t],g=r==2?u[i.facets[0].scale]:u[e.series[0].scale],b=r==2?u[i.facets[1].scale]:u[i.scale],h=c.left,y=c.top,w=c.width,D=c.height,N=e.valToPosH,E=e.valToPosV;return g.ori==0?n(i,f,m,g,b,N,E,h,y,w,D,Go,wr,jo,ic,sc):n(i,f,m,g,b,E,N,y,h,D,w,Ho,Ar,Aa,ac,lc)}function ka(e,t){let n=0,r=0,i=pe(e.bands,ba);for(let s=0;s<i.length;s++){let u=i[s];u.series[0]==t?n=u.dir:u.series[1]==t&&(u.dir==1?r|=1:r|=2)}return[n,r==1?-1:r==2?1:r==3?2:0]}function Mp(e,t,n,r,i){let s=e.mode,u=e.series[t],c=s==2?u.facets[1].scale:u.scale,f=e.scales[c];return i==-1?f.min:i==1?f.max:f.distr==3?f.dir==1?f.min:f.max:0}function an(e,t,n,r,i,s){return Un(e,t,(u,c,f,m,g,b,h,y,w,D,N)=>{let E=u.pxRound,S=m.dir*(m.ori==0?1:-1),x=m.ori==0?wr:Ar,A,H;S==1?(A=n,H=r):(A=r,H=n);let O=E(b(c[A],m,D,y)),Q=E(h(f[A],g,N,w)),q=E(b(c[H],m,D,y)),Z=E(h(s==1?g.max:g.min,g,N,w)),J=new Path2D(i);return x(J,q,Z),x(J,O,Z),x(J,O,Q),J})}function Jo(e,t,n,r,i,s){let u=null;if(e.length>0){u=new Path2D;let c=t==0?jo:Aa,f=n;for(let b=0;b<e.length;b++){let h=e[b];if(h[1]>h[0]){let y=h[0]-f;y>0&&c(u,f,r,y,r+s),f=h[1]}}let m=n+i-f,g=10;m>0&&c(u,f,r-g/2,m,r+s+g)}return u}function Pp(e,t,n){let r=e[e.length-1];r&&r[0]==t?r[1]=n:e.push([t,n])}function wa(e,t,n,r,i,s,u){let c=[],f=e.length;for(let m=i==1?n:r;m>=n&&m<=r;m+=i)if(t[m]===null){let b=m,h=m;if(i==1)for(;++m<=r&&t[m]===null;)h=m;else for(;--m>=n&&t[m]===null;)h=m;let y=s(e[b]),w=h==b?y:s(e[h]),D=b-i;y=u<=0&&D>=0&&D<f?s(e[D]):y;let E=h+i;w=u>=0&&E>=0&&E<f?s(e[E]):w,w>=y&&c.push([y,w])}return c}function Au(e){return e==0?Iu:e==1?ze:t=>On(t,e)}function oc(e){let t=e==0?Go:Ho,n=e==0?(i,s,u,c,f,m)=>{i.arcTo(s,u,c,f,m)}:(i,s,u,c,f,m)=>{i.arcTo(u,s,f,c,m)},r=e==0?(i,s,u,c,f)=>{i.rect(s,u,c,f)}:(i,s,u,c,f)=>{i.rect(u,s,f,c)};return(i,s,u,c,f,m=0,g=0)=>{m==0&&g==0?r(i,s,u,c,f):(m=Ut(m,c/2,f/2),g=Ut(g,c/2,f/2),t(i,s+m,u),n(i,s+c,u,s+c,u+f,m),n(i,s+c,u+f,s,u+f,g),n(i,s,u+f,s,u,g),n(i,s,u,s+c,u,m),i.closePath())}}var Go=(e,t,n)=>{e.moveTo(t,n)},Ho=(e,t,n)=>{e.moveTo(n,t)},wr=(e,t,n)=>{e.lineTo(t,n)},Ar=(e,t,n)=>{e.lineTo(n,t)},jo=oc(0),Aa=oc(1),ic=(e,t,n,r,i,s)=>{e.arc(t,n,r,i,s)},ac=(e,t,n,r,i,s)=>{e.arc(n,t,r,i,s)},sc=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(t,n,r,i,s,u)},lc=(e,t,n,r,i,s,u)=>{e.bezierCurveTo(n,t,i,r,u,s)};function uc(e){return(t,n,r,i,s)=>Un(t,n,(u,c,f,m,g,b,h,y,w,D,N)=>{let{pxRound:E,points:S}=u,x,A;m.ori==0?(x=Go,A=ic):(x=Ho,A=ac);let H=ke(S.width*ge,3),O=(S.size-S.width)/2*ge,Q=ke(O*2,3),q=new Path2D,Z=new Path2D,{left:J,top:R,width:j,height:$}=t.bbox;jo(Z,J-Q,R-Q,j+Q*2,$+Q*2);let I=L=>{if(f[L]!=null){let F=E(b(c[L],m,D,y)),P=E(h(f[L],g,N,w));x(q,F+O,P),A(q,F,P,O,0,$o*2)}};if(s)s.forEach(I);else for(let L=r;L<=i;L++)I(L);return{stroke:H>0?q:null,fill:q,clip:Z,flags:Sr|la}})}function cc(e){return(t,n,r,i,s,u)=>{r!=i&&(s!=r&&u!=r&&e(t,n,r),s!=i&&u!=i&&e(t,n,i),e(t,n,u))}}var Ip=cc(wr),Lp=cc(Ar);function dc(e){let t=pe(e?.alignGaps,0);return(n,r,i,s)=>Un(n,r,(u,c,f,m,g,b,h,y,w,D,N)=>{[i,s]=Wo(f,i,s);let E=u.pxRound,S=$=>E(b($,m,D,y)),x=$=>E(h($,g,N,w)),A,H;m.ori==0?(A=wr,H=Ip):(A=Ar,H=Lp);let O=m.dir*(m.ori==0?1:-1),Q={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},q=Q.stroke,Z=!1;if(s-i>=D*4){let $=K=>n.posToVal(K,m.key,!0),I=null,L=null,F,P,le,X=S(c[O==1?i:s]),z=S(c[i]),ie=S(c[s]),ee=$(O==1?z+1:ie-1);for(let K=O==1?i:s;K>=i&&K<=s;K+=O){let we=c[K],re=(O==1?we<ee:we>ee)?X:S(we),ce=f[K];re==X?ce!=null?(P=ce,I==null?(A(q,re,x(P)),F=I=L=P):P<I?I=P:P>L&&(L=P)):ce===null&&(Z=!0):(I!=null&&H(q,X,x(I),x(L),x(F),x(P)),ce!=null?(P=ce,A(q,re,x(P)),I=L=F=P):(I=L=null,ce===null&&(Z=!0)),X=re,ee=$(X+O))}I!=null&&I!=L&&le!=X&&H(q,X,x(I),x(L),x(F),x(P))}else for(let $=O==1?i:s;$>=i&&$<=s;$+=O){let I=f[$];I===null?Z=!0:I!=null&&A(q,S(c[$]),x(I))}let[R,j]=ka(n,r);if(u.fill!=null||R!=0){let $=Q.fill=new Path2D(q),I=u.fillTo(n,r,u.min,u.max,R),L=x(I),F=S(c[i]),P=S(c[s]);O==-1&&([P,F]=[F,P]),A($,P,L),A($,F,L)}if(!u.spanGaps){let $=[];Z&&$.push(...wa(c,f,i,s,O,S,t)),Q.gaps=$=u.gaps(n,r,i,s,$),Q.clip=Jo($,m.ori,y,w,D,N)}return j!=0&&(Q.band=j==2?[an(n,r,i,s,q,-1),an(n,r,i,s,q,1)]:an(n,r,i,s,q,j)),Q})}function Op(e){let t=pe(e.align,1),n=pe(e.ascDesc,!1),r=pe(e.alignGaps,0),i=pe(e.extend,!1);return(s,u,c,f)=>Un(s,u,(m,g,b,h,y,w,D,N,E,S,x)=>{[c,f]=Wo(b,c,f);let A=m.pxRound,{left:H,width:O}=s.bbox,Q=z=>A(w(z,h,S,N)),q=z=>A(D(z,y,x,E)),Z=h.ori==0?wr:Ar,J={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:Sr},R=J.stroke,j=h.dir*(h.ori==0?1:-1),$=q(b[j==1?c:f]),I=Q(g[j==1?c:f]),L=I,F=I;i&&t==-1&&(F=H,Z(R,F,$)),Z(R,I,$);for(let z=j==1?c:f;z>=c&&z<=f;z+=j){let ie=b[z];if(ie==null)continue;let ee=Q(g[z]),K=q(ie);t==1?Z(R,ee,$):Z(R,L,K),Z(R,ee,K),$=K,L=ee}let P=L;i&&t==1&&(P=H+O,Z(R,P,$));let[le,X]=ka(s,u);if(m.fill!=null||le!=0){let z=J.fill=new Path2D(R),ie=m.fillTo(s,u,m.min,m.max,le),ee=q(ie);Z(z,P,ee),Z(z,F,ee)}if(!m.spanGaps){let z=[];z.push(...wa(g,b,c,f,j,Q,r));let ie=m.width*ge/2,ee=n||t==1?ie:-ie,K=n||t==-1?-ie:ie;z.forEach(we=>{we[0]+=ee,we[1]+=K}),J.gaps=z=m.gaps(s,u,c,f,z),J.clip=Jo(z,h.ori,N,E,S,x)}return X!=0&&(J.band=X==2?[an(s,u,c,f,R,-1),an(s,u,c,f,R,1)]:an(s,u,c,f,R,X)),J})}function xu(e,t,n,r,i,s,u=Se){if(e.length>1){let c=null;for(let f=0,m=1/0;f<e.length;f++)if(t[f]!==void 0){if(c!=null){let g=Ke(e[f]-e[c]);g<m&&(m=g,u=Ke(n(e[f],r,i,s)-n(e[c],r,i,s)))}c=f}}return u}function Fp(e){e=e||Qr;let t=pe(e.size,[.6,Se,1]),n=e.align||0,r=e.gap||0,i=e.radius;i=i==null?[0,0]:typeof i=="number"?[i,0]:i;let s=se(i),u=1-t[0],c=pe(t[1],Se),f=pe(t[2],1),m=pe(e.disp,Qr),g=pe(e.each,y=>{}),{fill:b,stroke:h}=m;return(y,w,D,N)=>Un(y,w,(E,S,x,A,H,O,Q,q,Z,J,R)=>{let j=E.pxRound,$=n,I=r*ge,L=c*ge,F=f*ge,P,le;A.ori==0?[P,le]=s(y,w):[le,P]=s(y,w);let X=A.dir*(A.ori==0?1:-1),z=A.ori==0?jo:Aa,ie=A.ori==0?g:(U,Ae,Ve,qn,Sn,zt,kn)=>{g(U,Ae,Ve,Sn,qn,kn,zt)},ee=pe(y.bands,ba).find(U=>U.series[0]==w),K=ee!=null?ee.dir:0,we=E.fillTo(y,w,E.min,E.max,K),de=j(Q(we,H,R,Z)),re,ce,xt,ot=J,Me=j(E.width*ge),Wt=!1,en=null,Tt=null,sn=null,Wn=null;b!=null&&(Me==0||h!=null)&&(Wt=!0,en=b.values(y,w,D,N),Tt=new Map,new Set(en).forEach(U=>{U!=null&&Tt.set(U,new Path2D)}),Me>0&&(sn=h.values(y,w,D,N),Wn=new Map,new Set(sn).forEach(U=>{U!=null&&Wn.set(U,new Path2D)})));let{x0:zn,size:Er}=m;if(zn!=null&&Er!=null){$=1,S=zn.values(y,w,D,N),zn.unit==2&&(S=S.map(Ve=>y.posToVal(q+Ve*J,A.key,!0)));let U=Er.values(y,w,D,N);Er.unit==2?ce=U[0]*J:ce=O(U[0],A,J,q)-O(0,A,J,q),ot=xu(S,x,O,A,J,q,ot),xt=ot-ce+I}else ot=xu(S,x,O,A,J,q,ot),xt=ot*u+I,ce=ot-xt;xt<1&&(xt=0),Me>=ce/2&&(Me=0),xt<5&&(j=Iu);let eo=xt>0,vn=ot-xt-(eo?Me:0);ce=j(ia(vn,F,L)),re=($==0?ce/2:$==X?0:ce)-$*X*(($==0?I/2:0)+(eo?Me/2:0));let it={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Kn=Wt?null:new Path2D,tn=null;if(ee!=null)tn=y.data[ee.series[1]];else{let{y0:U,y1:Ae}=m;U!=null&&Ae!=null&&(x=Ae.values(y,w,D,N),tn=U.values(y,w,D,N))}let _n=P*ce,oe=le*ce;for(let U=X==1?D:N;U>=D&&U<=N;U+=X){let Ae=x[U];if(Ae==null)continue;if(tn!=null){let ct=tn[U]??0;if(Ae-ct==0)continue;de=Q(ct,H,R,Z)}let Ve=A.distr!=2||m!=null?S[U]:U,qn=O(Ve,A,J,q),Sn=Q(pe(Ae,we),H,R,Z),zt=j(qn-re),kn=j(ut(Sn,de)),pt=j(Ut(Sn,de)),Et=kn-pt;if(Ae!=null){let ct=Ae<0?oe:_n,Lt=Ae<0?_n:oe;Wt?(Me>0&&sn[U]!=null&&z(Wn.get(sn[U]),zt,pt+wt(Me/2),ce,ut(0,Et-Me),ct,Lt),en[U]!=null&&z(Tt.get(en[U]),zt,pt+wt(Me/2),ce,ut(0,Et-Me),ct,Lt)):z(Kn,zt,pt+wt(Me/2),ce,ut(0,Et-Me),ct,Lt),ie(y,w,U,zt-Me/2,pt,ce+Me,Et)}}return Me>0?it.stroke=Wt?Wn:Kn:Wt||(it._fill=E.width==0?E._fill:E._stroke??E._fill,it.width=0),it.fill=Wt?Tt:Kn,it})}function $p(e,t){let n=pe(t?.alignGaps,0);return(r,i,s,u)=>Un(r,i,(c,f,m,g,b,h,y,w,D,N,E)=>{[s,u]=Wo(m,s,u);let S=c.pxRound,x=P=>S(h(P,g,N,w)),A=P=>S(y(P,b,E,D)),H,O,Q;g.ori==0?(H=Go,Q=wr,O=sc):(H=Ho,Q=Ar,O=lc);let q=g.dir*(g.ori==0?1:-1),Z=x(f[q==1?s:u]),J=Z,R=[],j=[];for(let P=q==1?s:u;P>=s&&P<=u;P+=q)if(m[P]!=null){let X=f[P],z=x(X);R.push(J=z),j.push(A(m[P]))}let $={stroke:e(R,j,H,Q,O,S),fill:null,clip:null,band:null,gaps:null,flags:Sr},I=$.stroke,[L,F]=ka(r,i);if(c.fill!=null||L!=0){let P=$.fill=new Path2D(I),le=c.fillTo(r,i,c.min,c.max,L),X=A(le);Q(P,J,X),Q(P,Z,X)}if(!c.spanGaps){let P=[];P.push(...wa(f,m,s,u,q,x,n)),$.gaps=P=c.gaps(r,i,s,u,P),$.clip=Jo(P,g.ori,w,D,N,E)}return F!=0&&($.band=F==2?[an(r,i,s,u,I,-1),an(r,i,s,u,I,1)]:an(r,i,s,u,I,F)),$})}function Bp(e){return $p(Vp,e)}function Vp(e,t,n,r,i,s){let u=e.length;if(u<2)return null;let c=new Path2D;if(n(c,e[0],t[0]),u==2)r(c,e[1],t[1]);else{let f=Array(u),m=Array(u-1),g=Array(u-1),b=Array(u-1);for(let h=0;h<u-1;h++)g[h]=t[h+1]-t[h],b[h]=e[h+1]-e[h],m[h]=g[h]/b[h];f[0]=m[0];for(let h=1;h<u-1;h++)m[h]===0||m[h-1]===0||m[h-1]>0!=m[h]>0?f[h]=0:(f[h]=3*(b[h-1]+b[h])/((2*b[h]+b[h-1])/m[h-1]+(b[h]+2*b[h-1])/m[h]),isFinite(f[h])||(f[h]=0));f[u-1]=m[u-2];for(let h=0;h<u-1;h++)i(c,e[h]+b[h]/3,t[h]+f[h]*b[h]/3,e[h+1]-b[h]/3,t[h+1]-f[h+1]*b[h]/3,e[h+1],t[h+1])}return c}var ua=new Set;function Tu(){for(let e of ua)e.syncRect(!0)}kr&&(Bn(_f,br,Tu),Bn(Sf,br,Tu,!0),Bn(Bo,br,()=>{tt.pxRatio=ge}));var Up=dc(),Wp=uc();function Eu(e,t,n,r){return(r?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((s,u)=>ca(s,u,t,n))}function zp(e,t){return e.map((n,r)=>r==0?{}:Be({},t,n))}function ca(e,t,n,r){return Be({},t==0?n:r,e)}function fc(e,t,n){return t==null?vr:[t,n]}var Kp=fc;function qp(e,t,n){return t==null?vr:Vo(t,n,ga,!0)}function pc(e,t,n,r){return t==null?vr:zo(t,n,e.scales[r].log,!1)}var Jp=pc;function mc(e,t,n,r){return t==null?vr:ma(t,n,e.scales[r].log,!1)}var Gp=mc;function Hp(e,t,n,r,i){let s=ut(iu(e),iu(t)),u=t-e,c=Vt(i/r*u,n);do{let f=n[c],m=r*f/u;if(m>=i&&s+(f<5?bn.get(f):0)<=17)return[f,m]}while(++c<n.length);return[0,0]}function Nu(e){let t,n;return e=e.replace(/(\d+)px/,(r,i)=>(t=ze((n=+i)*ge))+"px"),[e,t,n]}function jp(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=ke(t[2]*ge,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function tt(e,t,n){let r={mode:pe(e.mode,1)},i=r.mode;function s(a,l,d,p){let v=l.valToPct(a);return p+d*(l.dir==-1?1-v:v)}function u(a,l,d,p){let v=l.valToPct(a);return p+d*(l.dir==-1?v:1-v)}function c(a,l,d,p){return l.ori==0?s(a,l,d,p):u(a,l,d,p)}r.valToPosH=s,r.valToPosV=u;let f=!1;r.status=0;let m=r.root=Pt(tf);if(e.id!=null&&(m.id=e.id),kt(m,e.class),e.title){let a=Pt(of,m);a.textContent=e.title}let g=Bt("canvas"),b=r.ctx=g.getContext("2d"),h=Pt(af,m);Bn("click",h,a=>{a.target===w&&(xe!=nr||Re!=rr)&&et.click(r,a)},!0);let y=r.under=Pt(sf,h);h.appendChild(g);let w=r.over=Pt(lf,h);e=_r(e);let D=+pe(e.pxAlign,1),N=Au(D);(e.plugins||[]).forEach(a=>{a.opts&&(e=a.opts(r,e)||e)});let E=e.ms||.001,S=r.series=i==1?Eu(e.series||[],bu,ku,!1):zp(e.series||[null],Su),x=r.axes=Eu(e.axes||[],hu,vu,!0),A=r.scales={},H=r.bands=e.bands||[];H.forEach(a=>{a.fill=se(a.fill||null),a.dir=pe(a.dir,-1)});let O=i==2?S[1].facets[0].scale:S[0].scale,Q={axes:Fc,series:Mc},q=(e.drawOrder||["axes","series"]).map(a=>Q[a]);function Z(a){let l=a.distr==3?d=>on(d>0?d:a.clamp(r,d,a.min,a.max,a.key)):a.distr==4?d=>Yi(d,a.asinh):a.distr==100?d=>a.fwd(d):d=>d;return d=>{let p=l(d),{_min:v,_max:_}=a,k=_-v;return(p-v)/k}}function J(a){let l=A[a];if(l==null){let d=(e.scales||Qr)[a]||Qr;if(d.from!=null){J(d.from);let p=Be({},A[d.from],d,{key:a});p.valToPct=Z(p),A[a]=p}else{l=A[a]=Be({},a==O?nc:Rp,d),l.key=a;let p=l.time,v=l.range,_=hn(v);if((a!=O||i==2&&!p)&&(_&&(v[0]==null||v[1]==null)&&(v={min:v[0]==null?nu:{mode:1,hard:v[0],soft:v[0]},max:v[1]==null?nu:{mode:1,hard:v[1],soft:v[1]}},_=!1),!_&&qo(v))){let k=v;v=(T,M,B)=>M==null?vr:Vo(M,B,k)}l.range=se(v||(p?Kp:a==O?l.distr==3?Jp:l.distr==4?Gp:fc:l.distr==3?pc:l.distr==4?mc:qp)),l.auto=se(_?!1:l.auto),l.clamp=se(l.clamp||Dp),l._min=l._max=null,l.valToPct=Z(l)}}}J("x"),J("y"),i==1&&S.forEach(a=>{J(a.scale)}),x.forEach(a=>{J(a.scale)});for(let a in e.scales)J(a);let R=A[O],j=R.distr,$,I;R.ori==0?(kt(m,nf),$=s,I=u):(kt(m,rf),$=u,I=s);let L={};for(let a in A){let l=A[a];(l.min!=null||l.max!=null)&&(L[a]={min:l.min,max:l.max},l.min=l.max=null)}let F=e.tzDate||(a=>new Date(ze(a/E))),P=e.fmtDate||ya,le=E==1?rp(F):ap(F),X=pu(F,fu(E==1?np:ip,P)),z=gu(F,mu(lp,P)),ie=[],ee=r.legend=Be({},dp,e.legend),K=r.cursor=Be({},bp,{drag:{y:i==2}},e.cursor),we=ee.show,de=K.show,re=ee.markers;ee.idxs=ie,re.width=se(re.width),re.dash=se(re.dash),re.stroke=se(re.stroke),re.fill=se(re.fill);let ce,xt,ot,Me=[],Wt=[],en,Tt=!1,sn={};if(ee.live){let a=S[1]?S[1].values:null;Tt=a!=null,en=Tt?a(r,1,0):{_:0};for(let l in en)sn[l]=fa}if(we)if(ce=Bt("table",mf,m),ot=Bt("tbody",null,ce),ee.mount(r,ce),Tt){xt=Bt("thead",null,ce,ot);let a=Bt("tr",null,xt);Bt("th",null,a);for(var Wn in en)Bt("th",zl,a).textContent=Wn}else kt(ce,hf),ee.live&&kt(ce,gf);let zn={show:!0},Er={show:!1};function eo(a,l){if(l==0&&(Tt||!ee.live||i==2))return vr;let d=[],p=Bt("tr",bf,ot,ot.childNodes[l]);kt(p,a.class),a.show||kt(p,$n);let v=Bt("th",null,p);if(re.show){let T=Pt(yf,v);if(l>0){let M=re.width(r,l);M&&(T.style.border=M+"px "+re.dash(r,l)+" "+re.stroke(r,l)),T.style.background=re.fill(r,l)}}let _=Pt(zl,v);a.label instanceof HTMLElement?_.appendChild(a.label):_.textContent=a.label,l>0&&(re.show||(_.style.color=a.width>0?re.stroke(r,l):re.fill(r,l)),it("click",v,T=>{if(K._lock)return;An(T);let M=S.indexOf(a);if((T.ctrlKey||T.metaKey)!=ee.isolate){let B=S.some((V,W)=>W>0&&W!=M&&V.show);S.forEach((V,W)=>{W>0&&qt(W,B?W==M?zn:Er:zn,!0,Fe.setSeries)})}else qt(M,{show:!a.show},!0,Fe.setSeries)},!1),Gn&&it(Gl,v,T=>{K._lock||(An(T),qt(S.indexOf(a),ir,!0,Fe.setSeries))},!1));for(var k in en){let T=Bt("td",vf,p);T.textContent="--",d.push(T)}return[p,d]}let vn=new Map;function it(a,l,d,p=!0){let v=vn.get(l)||{},_=K.bind[a](r,l,d,p);_&&(Bn(a,l,v[a]=_),vn.set(l,v))}function Kn(a,l,d){let p=vn.get(l)||{};for(let v in p)(a==null||v==a)&&(oa(v,l,p[v]),delete p[v]);a==null&&vn.delete(l)}let tn=0,_n=0,oe=0,U=0,Ae=0,Ve=0,qn=Ae,Sn=Ve,zt=oe,kn=U,pt=0,Et=0,ct=0,Lt=0;r.bbox={};let ei=!1,to=!1,Jn=!1,wn=!1,no=!1,Nt=!1;function ti(a,l,d){(d||a!=r.width||l!=r.height)&&Ea(a,l),Zn(!1),Jn=!0,to=!0,Xn()}function Ea(a,l){r.width=tn=oe=a,r.height=_n=U=l,Ae=Ve=0,xc(),Tc();let d=r.bbox;pt=d.left=On(Ae*ge,.5),Et=d.top=On(Ve*ge,.5),ct=d.width=On(oe*ge,.5),Lt=d.height=On(U*ge,.5)}let kc=3;function wc(){let a=!1,l=0;for(;!a;){l++;let d=Lc(l),p=Oc(l);a=l==kc||d&&p,a||(Ea(r.width,r.height),to=!0)}}function Ac({width:a,height:l}){ti(a,l)}r.setSize=Ac;function xc(){let a=!1,l=!1,d=!1,p=!1;x.forEach((v,_)=>{if(v.show&&v._show){let{side:k,_size:T}=v,M=k%2,B=v.label!=null?v.labelSize:0,V=T+B;V>0&&(M?(oe-=V,k==3?(Ae+=V,p=!0):d=!0):(U-=V,k==0?(Ve+=V,a=!0):l=!0))}}),xn[0]=a,xn[1]=d,xn[2]=l,xn[3]=p,oe-=ln[1]+ln[3],Ae+=ln[3],U-=ln[2]+ln[0],Ve+=ln[0]}function Tc(){let a=Ae+oe,l=Ve+U,d=Ae,p=Ve;function v(_,k){switch(_){case 1:return a+=k,a-k;case 2:return l+=k,l-k;case 3:return d-=k,d+k;case 0:return p-=k,p+k}}x.forEach((_,k)=>{if(_.show&&_._show){let T=_.side;_._pos=v(T,_._size),_.label!=null&&(_._lpos=v(T,_.labelSize))}})}if(K.dataIdx==null){let a=K.hover,l=a.skip=new Set(a.skip??[]);l.add(void 0);let d=a.prox=se(a.prox),p=a.bias??(a.bias=0);K.dataIdx=(v,_,k,T)=>{if(_==0)return k;let M=k,B=d(v,_,k,T)??Se,V=B>=0&&B<Se,W=R.ori==0?oe:U,te=K.left,me=t[0],fe=t[_];if(l.has(fe[k])){M=null;let ae=null,Y=null,G;if(p==0||p==-1)for(G=k;ae==null&&G-- >0;)l.has(fe[G])||(ae=G);if(p==0||p==1)for(G=k;Y==null&&G++<fe.length;)l.has(fe[G])||(Y=G);if(ae!=null||Y!=null)if(V){let Ee=ae==null?-1/0:$(me[ae],R,W,0),Pe=Y==null?1/0:$(me[Y],R,W,0),Qe=te-Ee,ve=Pe-te;Qe<=ve?Qe<=B&&(M=ae):ve<=B&&(M=Y)}else M=Y==null?ae:ae==null?Y:k-ae<=Y-k?ae:Y}else V&&Ke(te-$(me[k],R,W,0))>B&&(M=null);return M}}let An=a=>{K.event=a};K.idxs=ie,K._lock=!1;let nt=K.points;nt.show=se(nt.show),nt.size=se(nt.size),nt.stroke=se(nt.stroke),nt.width=se(nt.width),nt.fill=se(nt.fill);let Kt=r.focus=Be({},e.focus||{alpha:.3},K.focus),Gn=Kt.prox>=0,Hn=Gn&&nt.one,Ct=[],jn=[],Qn=[];function Na(a,l){let d=nt.show(r,l);if(d instanceof HTMLElement)return kt(d,pf),kt(d,a.class),Xt(d,-10,-10,oe,U),w.insertBefore(d,Ct[l]),d}function Ca(a,l){if(i==1||l>0){let d=i==1&&A[a.scale].time,p=a.value;a.value=d?lu(p)?gu(F,mu(p,P)):p||z:p||Ep,a.label=a.label||(d?vp:yp)}if(Hn||l>0){a.width=a.width==null?1:a.width,a.paths=a.paths||Up||Rf,a.fillTo=se(a.fillTo||Mp),a.pxAlign=+pe(a.pxAlign,D),a.pxRound=Au(a.pxAlign),a.stroke=se(a.stroke||null),a.fill=se(a.fill||null),a._stroke=a._fill=a._paths=a._focus=null;let d=Np(ut(1,a.width),1),p=a.points=Be({},{size:d,width:ut(1,d*.2),stroke:a.stroke,space:d*2,paths:Wp,_stroke:null,_fill:null},a.points);p.show=se(p.show),p.filter=se(p.filter),p.fill=se(p.fill),p.stroke=se(p.stroke),p.paths=se(p.paths),p.pxAlign=a.pxAlign}if(we){let d=eo(a,l);Me.splice(l,0,d[0]),Wt.splice(l,0,d[1]),ee.values.push(null)}if(de){ie.splice(l,0,null);let d=null;Hn?l==0&&(d=Na(a,l)):l>0&&(d=Na(a,l)),Ct.splice(l,0,d),jn.splice(l,0,0),Qn.splice(l,0,0)}je("addSeries",l)}function Ec(a,l){l=l??S.length,a=i==1?ca(a,l,bu,ku):ca(a,l,{},Su),S.splice(l,0,a),Ca(S[l],l)}r.addSeries=Ec;function Nc(a){if(S.splice(a,1),we){ee.values.splice(a,1),Wt.splice(a,1);let l=Me.splice(a,1)[0];Kn(null,l.firstChild),l.remove()}de&&(ie.splice(a,1),Ct.splice(a,1)[0].remove(),jn.splice(a,1),Qn.splice(a,1)),je("delSeries",a)}r.delSeries=Nc;let xn=[!1,!1,!1,!1];function Cc(a,l){if(a._show=a.show,a.show){let d=a.side%2,p=A[a.scale];p==null&&(a.scale=d?S[1].scale:O,p=A[a.scale]);let v=p.time;a.size=se(a.size),a.space=se(a.space),a.rotate=se(a.rotate),hn(a.incrs)&&a.incrs.forEach(k=>{!bn.has(k)&&bn.set(k,Fu(k))}),a.incrs=se(a.incrs||(p.distr==2?Xf:v?E==1?tp:op:Fn)),a.splits=se(a.splits||(v&&p.distr==1?le:p.distr==3?aa:p.distr==4?kp:Sp)),a.stroke=se(a.stroke),a.grid.stroke=se(a.grid.stroke),a.ticks.stroke=se(a.ticks.stroke),a.border.stroke=se(a.border.stroke);let _=a.values;a.values=hn(_)&&!hn(_[0])?se(_):v?hn(_)?pu(F,fu(_,P)):lu(_)?sp(F,_):_||X:_||_p,a.filter=se(a.filter||(p.distr>=3&&p.log==10?xp:p.distr==3&&p.log==2?Tp:Lu)),a.font=Nu(a.font),a.labelFont=Nu(a.labelFont),a._size=a.size(r,null,l,0),a._space=a._rotate=a._incrs=a._found=a._splits=a._values=null,a._size>0&&(xn[l]=!0,a._el=Pt(uf,h))}}function Nr(a,l,d,p){let[v,_,k,T]=d,M=l%2,B=0;return M==0&&(T||_)&&(B=l==0&&!v||l==2&&!k?ze(hu.size/3):0),M==1&&(v||k)&&(B=l==1&&!_||l==3&&!T?ze(vu.size/2):0),B}let Da=r.padding=(e.padding||[Nr,Nr,Nr,Nr]).map(a=>se(pe(a,Nr))),ln=r._padding=Da.map((a,l)=>a(r,l,xn,0)),Xe,qe=null,Je=null,ro=i==1?S[0].idxs:null,Ot=null,Cr=!1;function Ra(a,l){if(t=a??[],r.data=r._data=t,i==2){Xe=0;for(let d=1;d<S.length;d++)Xe+=t[d][0].length}else{t.length==0&&(r.data=r._data=t=[[]]),Ot=t[0],Xe=Ot.length;let d=t;if(j==2){d=t.slice();let p=d[0]=Array(Xe);for(let v=0;v<Xe;v++)p[v]=v}r._data=t=d}if(Zn(!0),je("setData"),j==2&&(Jn=!0),l!==!1){let d=R;d.auto(r,Cr)?ni():cn(O,d.min,d.max),wn=wn||K.left>=0,Nt=!0,Xn()}}r.setData=Ra;function ni(){Cr=!0;let a,l;i==1&&(Xe>0?(qe=ro[0]=0,Je=ro[1]=Xe-1,a=t[0][qe],l=t[0][Je],j==2?(a=qe,l=Je):a==l&&(j==3?[a,l]=zo(a,a,R.log,!1):j==4?[a,l]=ma(a,a,R.log,!1):R.time?l=a+ze(86400/E):[a,l]=Vo(a,l,ga,!0))):(qe=ro[0]=a=null,Je=ro[1]=l=null)),cn(O,a,l)}let oo,Yn,ri,oi,ii,ai,si,li,ui,dt;function Ma(a,l,d,p,v,_){a??(a=ql),d??(d=ba),p??(p="butt"),v??(v=ql),_??(_="round"),a!=oo&&(b.strokeStyle=oo=a),v!=Yn&&(b.fillStyle=Yn=v),l!=ri&&(b.lineWidth=ri=l),_!=ii&&(b.lineJoin=ii=_),p!=ai&&(b.lineCap=ai=p),d!=oi&&b.setLineDash(oi=d)}function Pa(a,l,d,p){l!=Yn&&(b.fillStyle=Yn=l),a!=si&&(b.font=si=a),d!=li&&(b.textAlign=li=d),p!=ui&&(b.textBaseline=ui=p)}function ci(a,l,d,p,v=0){if(p.length>0&&a.auto(r,Cr)&&(l==null||l.min==null)){let _=pe(qe,0),k=pe(Je,p.length-1),T=d.min==null?xf(p,_,k,v,a.distr==3):[d.min,d.max];a.min=Ut(a.min,d.min=T[0]),a.max=ut(a.max,d.max=T[1])}}let Ia={min:null,max:null};function Dc(){for(let p in A){let v=A[p];L[p]==null&&(v.min==null||L[O]!=null&&v.auto(r,Cr))&&(L[p]=Ia)}for(let p in A){let v=A[p];L[p]==null&&v.from!=null&&L[v.from]!=null&&(L[p]=Ia)}L[O]!=null&&Zn(!0);let a={};for(let p in L){let v=L[p];if(v!=null){let _=a[p]=_r(A[p],If);if(v.min!=null)Be(_,v);else if(p!=O||i==2)if(Xe==0&&_.from==null){let k=_.range(r,null,null,p);_.min=k[0],_.max=k[1]}else _.min=Se,_.max=-Se}}if(Xe>0){S.forEach((p,v)=>{if(i==1){let _=p.scale,k=L[_];if(k==null)return;let T=a[_];if(v==0){let M=T.range(r,T.min,T.max,_);T.min=M[0],T.max=M[1],qe=Vt(T.min,t[0]),Je=Vt(T.max,t[0]),Je-qe>1&&(t[0][qe]<T.min&&qe++,t[0][Je]>T.max&&Je--),p.min=Ot[qe],p.max=Ot[Je]}else p.show&&p.auto&&ci(T,k,p,t[v],p.sorted);p.idxs[0]=qe,p.idxs[1]=Je}else if(v>0&&p.show&&p.auto){let[_,k]=p.facets,T=_.scale,M=k.scale,[B,V]=t[v],W=a[T],te=a[M];W!=null&&ci(W,L[T],_,B,_.sorted),te!=null&&ci(te,L[M],k,V,k.sorted),p.min=k.min,p.max=k.max}});for(let p in a){let v=a[p],_=L[p];if(v.from==null&&(_==null||_.min==null)){let k=v.range(r,v.min==Se?null:v.min,v.max==-Se?null:v.max,p);v.min=k[0],v.max=k[1]}}}for(let p in a){let v=a[p];if(v.from!=null){let _=a[v.from];if(_.min==null)v.min=v.max=null;else{let k=v.range(r,_.min,_.max,p);v.min=k[0],v.max=k[1]}}}let l={},d=!1;for(let p in a){let v=a[p],_=A[p];if(_.min!=v.min||_.max!=v.max){_.min=v.min,_.max=v.max;let k=_.distr;_._min=k==3?on(_.min):k==4?Yi(_.min,_.asinh):k==100?_.fwd(_.min):_.min,_._max=k==3?on(_.max):k==4?Yi(_.max,_.asinh):k==100?_.fwd(_.max):_.max,l[p]=d=!0}}if(d){S.forEach((p,v)=>{i==2?v>0&&l.y&&(p._paths=null):l[p.scale]&&(p._paths=null)});for(let p in l)Jn=!0,je("setScale",p);de&&K.left>=0&&(wn=Nt=!0)}for(let p in L)L[p]=null}function Rc(a){let l=ia(qe-1,0,Xe-1),d=ia(Je+1,0,Xe-1);for(;a[l]==null&&l>0;)l--;for(;a[d]==null&&d<Xe-1;)d++;return[l,d]}function Mc(){if(Xe>0){let a=S.some(l=>l._focus)&&dt!=Kt.alpha;a&&(b.globalAlpha=dt=Kt.alpha),S.forEach((l,d)=>{if(d>0&&l.show&&(La(d,!1),La(d,!0),l._paths==null)){let p=dt;dt!=l.alpha&&(b.globalAlpha=dt=l.alpha);let v=i==2?[0,t[d][0].length-1]:Rc(t[d]);l._paths=l.paths(r,d,v[0],v[1]),dt!=p&&(b.globalAlpha=dt=p)}}),S.forEach((l,d)=>{if(d>0&&l.show){let p=dt;dt!=l.alpha&&(b.globalAlpha=dt=l.alpha),l._paths!=null&&Oa(d,!1);{let v=l._paths!=null?l._paths.gaps:null,_=l.points.show(r,d,qe,Je,v),k=l.points.filter(r,d,_,v);(_||k)&&(l.points._paths=l.points.paths(r,d,qe,Je,k),Oa(d,!0))}dt!=p&&(b.globalAlpha=dt=p),je("drawSeries",d)}}),a&&(b.globalAlpha=dt=1)}}function La(a,l){let d=l?S[a].points:S[a];d._stroke=d.stroke(r,a),d._fill=d.fill(r,a)}function Oa(a,l){let d=l?S[a].points:S[a],{stroke:p,fill:v,clip:_,flags:k,_stroke:T=d._stroke,_fill:M=d._fill,_width:B=d.width}=d._paths;B=ke(B*ge,3);let V=null,W=B%2/2;l&&M==null&&(M=B>0?"#fff":T);let te=d.pxAlign==1&&W>0;if(te&&b.translate(W,W),!l){let me=pt-B/2,fe=Et-B/2,ae=ct+B,Y=Lt+B;V=new Path2D,V.rect(me,fe,ae,Y)}l?di(T,B,d.dash,d.cap,M,p,v,k,_):Pc(a,T,B,d.dash,d.cap,M,p,v,k,V,_),te&&b.translate(-W,-W)}function Pc(a,l,d,p,v,_,k,T,M,B,V){let W=!1;M!=0&&H.forEach((te,me)=>{if(te.series[0]==a){let fe=S[te.series[1]],ae=t[te.series[1]],Y=(fe._paths||Qr).band;hn(Y)&&(Y=te.dir==1?Y[0]:Y[1]);let G,Ee=null;fe.show&&Y&&Ef(ae,qe,Je)?(Ee=te.fill(r,me)||_,G=fe._paths.clip):Y=null,di(l,d,p,v,Ee,k,T,M,B,V,G,Y),W=!0}}),W||di(l,d,p,v,_,k,T,M,B,V)}let Fa=Sr|la;function di(a,l,d,p,v,_,k,T,M,B,V,W){Ma(a,l,d,p,v),(M||B||W)&&(b.save(),M&&b.clip(M),B&&b.clip(B)),W?(T&Fa)==Fa?(b.clip(W),V&&b.clip(V),ao(v,k),io(a,_,l)):T&la?(ao(v,k),b.clip(W),io(a,_,l)):T&Sr&&(b.save(),b.clip(W),V&&b.clip(V),ao(v,k),b.restore(),io(a,_,l)):(ao(v,k),io(a,_,l)),(M||B||W)&&b.restore()}function io(a,l,d){d>0&&(l instanceof Map?l.forEach((p,v)=>{b.strokeStyle=oo=v,b.stroke(p)}):l!=null&&a&&b.stroke(l))}function ao(a,l){l instanceof Map?l.forEach((d,p)=>{b.fillStyle=Yn=p,b.fill(d)}):l!=null&&a&&b.fill(l)}function Ic(a,l,d,p){let v=x[a],_;if(p<=0)_=[0,0];else{let k=v._space=v.space(r,a,l,d,p),T=v._incrs=v.incrs(r,a,l,d,p,k);_=Hp(l,d,T,p,k)}return v._found=_}function fi(a,l,d,p,v,_,k,T,M,B){let V=k%2/2;D==1&&b.translate(V,V),Ma(T,k,M,B,T),b.beginPath();let W,te,me,fe,ae=v+(p==0||p==3?-_:_);d==0?(te=v,fe=ae):(W=v,me=ae);for(let Y=0;Y<a.length;Y++)l[Y]!=null&&(d==0?W=me=a[Y]:te=fe=a[Y],b.moveTo(W,te),b.lineTo(me,fe));b.stroke(),D==1&&b.translate(-V,-V)}function Lc(a){let l=!0;return x.forEach((d,p)=>{if(!d.show)return;let v=A[d.scale];if(v.min==null){d._show&&(l=!1,d._show=!1,Zn(!1));return}else d._show||(l=!1,d._show=!0,Zn(!1));let _=d.side,k=_%2,{min:T,max:M}=v,[B,V]=Ic(p,T,M,k==0?oe:U);if(V==0)return;let W=v.distr==2,te=d._splits=d.splits(r,p,T,M,B,V,W),me=v.distr==2?te.map(G=>Ot[G]):te,fe=v.distr==2?Ot[te[1]]-Ot[te[0]]:B,ae=d._values=d.values(r,d.filter(r,me,p,V,fe),p,V,fe);d._rotate=_==2?d.rotate(r,ae,p,V):0;let Y=d._size;d._size=It(d.size(r,ae,p,a)),Y!=null&&d._size!=Y&&(l=!1)}),l}function Oc(a){let l=!0;return Da.forEach((d,p)=>{let v=d(r,p,xn,a);v!=ln[p]&&(l=!1),ln[p]=v}),l}function Fc(){for(let a=0;a<x.length;a++){let l=x[a];if(!l.show||!l._show)continue;let d=l.side,p=d%2,v,_,k=l.stroke(r,a),T=d==0||d==3?-1:1,[M,B]=l._found;if(l.label!=null){let st=l.labelGap*T,ht=ze((l._lpos+st)*ge);Pa(l.labelFont[0],k,"center",d==2?"top":Kl),b.save(),p==1?(v=_=0,b.translate(ht,ze(Et+Lt/2)),b.rotate((d==3?-$o:$o)/2)):(v=ze(pt+ct/2),_=ht);let Nn=Pu(l.label)?l.label(r,a,M,B):l.label;b.fillText(Nn,v,_),b.restore()}if(B==0)continue;let V=A[l.scale],W=p==0?ct:Lt,te=p==0?pt:Et,me=l._splits,fe=V.distr==2?me.map(st=>Ot[st]):me,ae=V.distr==2?Ot[me[1]]-Ot[me[0]]:M,Y=l.ticks,G=l.border,Ee=Y.show?Y.size:0,Pe=ze(Ee*ge),Qe=ze((l.alignTo==2?l._size-Ee-l.gap:l.gap)*ge),ve=l._rotate*-$o/180,Ie=N(l._pos*ge),mt=(Pe+Qe)*T,at=Ie+mt;_=p==0?at:0,v=p==1?at:0;let Dt=l.font[0],Ft=l.align==1?gr:l.align==2?Hi:ve>0?gr:ve<0?Hi:p==0?"center":d==3?Hi:gr,Gt=ve||p==1?"middle":d==2?"top":Kl;Pa(Dt,k,Ft,Gt);let gt=l.font[1]*l.lineGap,Rt=me.map(st=>N(c(st,V,W,te))),$t=l._values;for(let st=0;st<$t.length;st++){let ht=$t[st];if(ht!=null){p==0?v=Rt[st]:_=Rt[st],ht=""+ht;let Nn=ht.indexOf(`
`)==-1?[ht]:ht.split(/\n/gm);for(let lt=0;lt<Nn.length;lt++){let ns=Nn[lt];ve?(b.save(),b.translate(v,_+lt*gt),b.rotate(ve),b.fillText(ns,0,0),b.restore()):b.fillText(ns,v,_+lt*gt)}}}Y.show&&fi(Rt,Y.filter(r,fe,a,B,ae),p,d,Ie,Pe,ke(Y.width*ge,3),Y.stroke(r,a),Y.dash,Y.cap);let Ht=l.grid;Ht.show&&fi(Rt,Ht.filter(r,fe,a,B,ae),p,p==0?2:1,p==0?Et:pt,p==0?Lt:ct,ke(Ht.width*ge,3),Ht.stroke(r,a),Ht.dash,Ht.cap),G.show&&fi([Ie],[1],p==0?1:0,p==0?1:2,p==1?Et:pt,p==1?Lt:ct,ke(G.width*ge,3),G.stroke(r,a),G.dash,G.cap)}je("drawAxes")}function Zn(a){S.forEach((l,d)=>{d>0&&(l._paths=null,a&&(i==1?(l.min=null,l.max=null):l.facets.forEach(p=>{p.min=null,p.max=null})))})}let so=!1,pi=!1,Dr=[];function $c(){pi=!1;for(let a=0;a<Dr.length;a++)je(...Dr[a]);Dr.length=0}function Xn(){so||(Uf($a),so=!0)}function Bc(a,l=!1){so=!0,pi=l,a(r),$a(),l&&Dr.length>0&&queueMicrotask($c)}r.batch=Bc;function $a(){if(ei&&(Dc(),ei=!1),Jn&&(wc(),Jn=!1),to){if(De(y,gr,Ae),De(y,"top",Ve),De(y,Jr,oe),De(y,Gr,U),De(w,gr,Ae),De(w,"top",Ve),De(w,Jr,oe),De(w,Gr,U),De(h,Jr,tn),De(h,Gr,_n),g.width=ze(tn*ge),g.height=ze(_n*ge),x.forEach(({_el:a,_show:l,_size:d,_pos:p,side:v})=>{if(a!=null)if(l){let _=v===3||v===0?d:0,k=v%2==1;De(a,k?"left":"top",p-_),De(a,k?"width":"height",d),De(a,k?"top":"left",k?Ve:Ae),De(a,k?"height":"width",k?U:oe),ra(a,$n)}else kt(a,$n)}),oo=Yn=ri=ii=ai=si=li=ui=oi=null,dt=1,Pr(!0),Ae!=qn||Ve!=Sn||oe!=zt||U!=kn){Zn(!1);let a=oe/zt,l=U/kn;if(de&&!wn&&K.left>=0){K.left*=a,K.top*=l,er&&Xt(er,ze(K.left),0,oe,U),tr&&Xt(tr,0,ze(K.top),oe,U);for(let d=0;d<Ct.length;d++){let p=Ct[d];p!=null&&(jn[d]*=a,Qn[d]*=l,Xt(p,It(jn[d]),It(Qn[d]),oe,U))}}if(Te.show&&!no&&Te.left>=0&&Te.width>0){Te.left*=a,Te.width*=a,Te.top*=l,Te.height*=l;for(let d in vi)De(or,d,Te[d])}qn=Ae,Sn=Ve,zt=oe,kn=U}je("setSize"),to=!1}tn>0&&_n>0&&(b.clearRect(0,0,g.width,g.height),je("drawClear"),q.forEach(a=>a()),je("draw")),Te.show&&no&&(lo(Te),no=!1),de&&wn&&(En(null,!0,!1),wn=!1),ee.show&&ee.live&&Nt&&(bi(),Nt=!1),f||(f=!0,r.status=1,je("ready")),Cr=!1,so=!1}r.redraw=(a,l)=>{Jn=l||!1,a!==!1?cn(O,R.min,R.max):Xn()};function mi(a,l){let d=A[a];if(d.from==null){if(Xe==0){let p=d.range(r,l.min,l.max,a);l.min=p[0],l.max=p[1]}if(l.min>l.max){let p=l.min;l.min=l.max,l.max=p}if(Xe>1&&l.min!=null&&l.max!=null&&l.max-l.min<1e-16)return;a==O&&d.distr==2&&Xe>0&&(l.min=Vt(l.min,t[0]),l.max=Vt(l.max,t[0]),l.min==l.max&&l.max++),L[a]=l,ei=!0,Xn()}}r.setScale=mi;let gi,hi,er,tr,Ba,Va,nr,rr,Ua,Wa,xe,Re,un=!1,et=K.drag,Ge=et.x,He=et.y;de&&(K.x&&(gi=Pt(df,w)),K.y&&(hi=Pt(ff,w)),R.ori==0?(er=gi,tr=hi):(er=hi,tr=gi),xe=K.left,Re=K.top);let Te=r.select=Be({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),or=Te.show?Pt(cf,Te.over?w:y):null;function lo(a,l){if(Te.show){for(let d in a)Te[d]=a[d],d in vi&&De(or,d,a[d]);l!==!1&&je("setSelect")}}r.setSelect=lo;function Vc(a){if(S[a].show)we&&ra(Me[a],$n);else if(we&&kt(Me[a],$n),de){let d=Hn?Ct[0]:Ct[a];d!=null&&Xt(d,-10,-10,oe,U)}}function cn(a,l,d){mi(a,{min:l,max:d})}function qt(a,l,d,p){l.focus!=null&&qc(a),l.show!=null&&S.forEach((v,_)=>{_>0&&(a==_||a==null)&&(v.show=l.show,Vc(_),i==2?(cn(v.facets[0].scale,null,null),cn(v.facets[1].scale,null,null)):cn(v.scale,null,null),Xn())}),d!==!1&&je("setSeries",a,l),p&&Ir("setSeries",r,a,l)}r.setSeries=qt;function Uc(a,l){Be(H[a],l)}function Wc(a,l){a.fill=se(a.fill||null),a.dir=pe(a.dir,-1),l=l??H.length,H.splice(l,0,a)}function zc(a){a==null?H.length=0:H.splice(a,1)}r.addBand=Wc,r.setBand=Uc,r.delBand=zc;function Kc(a,l){S[a].alpha=l,de&&Ct[a]!=null&&(Ct[a].style.opacity=l),we&&Me[a]&&(Me[a].style.opacity=l)}let nn,dn,Tn,ir={focus:!0};function qc(a){if(a!=Tn){let l=a==null,d=Kt.alpha!=1;S.forEach((p,v)=>{if(i==1||v>0){let _=l||v==0||v==a;p._focus=l?null:_,d&&Kc(v,_?1:Kt.alpha)}}),Tn=a,d&&Xn()}}we&&Gn&&it(Hl,ce,a=>{K._lock||(An(a),Tn!=null&&qt(null,ir,!0,Fe.setSeries))});function Jt(a,l,d){let p=A[l];d&&(a=a/ge-(p.ori==1?Ve:Ae));let v=oe;p.ori==1&&(v=U,a=v-a),p.dir==-1&&(a=v-a);let _=p._min,k=p._max,T=a/v,M=_+(k-_)*T,B=p.distr;return B==3?yr(10,M):B==4?Cf(M,p.asinh):B==100?p.bwd(M):M}function Jc(a,l){let d=Jt(a,O,l);return Vt(d,t[0],qe,Je)}r.valToIdx=a=>Vt(a,t[0]),r.posToIdx=Jc,r.posToVal=Jt,r.valToPos=(a,l,d)=>A[l].ori==0?s(a,A[l],d?ct:oe,d?pt:0):u(a,A[l],d?Lt:U,d?Et:0),r.setCursor=(a,l,d)=>{xe=a.left,Re=a.top,En(null,l,d)};function za(a,l){De(or,gr,Te.left=a),De(or,Jr,Te.width=l)}function Ka(a,l){De(or,"top",Te.top=a),De(or,Gr,Te.height=l)}let Rr=R.ori==0?za:Ka,Mr=R.ori==1?za:Ka;function Gc(){if(we&&ee.live)for(let a=i==2?1:0;a<S.length;a++){if(a==0&&Tt)continue;let l=ee.values[a],d=0;for(let p in l)Wt[a][d++].firstChild.nodeValue=l[p]}}function bi(a,l){if(a!=null&&(a.idxs?a.idxs.forEach((d,p)=>{ie[p]=d}):Pf(a.idx)||ie.fill(a.idx),ee.idx=ie[0]),we&&ee.live){for(let d=0;d<S.length;d++)(d>0||i==1&&!Tt)&&Hc(d,ie[d]);Gc()}Nt=!1,l!==!1&&je("setLegend")}r.setLegend=bi;function Hc(a,l){let d=S[a],p=a==0&&j==2?Ot:t[a],v;Tt?v=d.values(r,a,l)??sn:(v=d.value(r,l==null?null:p[l],a,l),v=v==null?sn:{_:v}),ee.values[a]=v}function En(a,l,d){Ua=xe,Wa=Re,[xe,Re]=K.move(r,xe,Re),K.left=xe,K.top=Re,de&&(er&&Xt(er,ze(xe),0,oe,U),tr&&Xt(tr,0,ze(Re),oe,U));let p,v=qe>Je;nn=Se,dn=null;let _=R.ori==0?oe:U,k=R.ori==1?oe:U;if(xe<0||Xe==0||v){p=K.idx=null;for(let T=0;T<S.length;T++){let M=Ct[T];M!=null&&Xt(M,-10,-10,oe,U)}Gn&&qt(null,ir,!0,a==null&&Fe.setSeries),ee.live&&(ie.fill(p),Nt=!0)}else{let T,M,B;i==1&&(T=R.ori==0?xe:Re,M=Jt(T,O),p=K.idx=Vt(M,t[0],qe,Je),B=$(t[0][p],R,_,0));let V=-10,W=-10,te=0,me=0,fe=!0,ae="",Y="";for(let G=i==2?1:0;G<S.length;G++){let Ee=S[G],Pe=ie[G],Qe=Pe==null?null:i==1?t[G][Pe]:t[G][1][Pe],ve=K.dataIdx(r,G,p,M),Ie=ve==null?null:i==1?t[G][ve]:t[G][1][ve];if(Nt=Nt||Ie!=Qe||ve!=Pe,ie[G]=ve,G>0&&Ee.show){let mt=ve==null?-10:ve==p?B:$(i==1?t[0][ve]:t[G][0][ve],R,_,0),at=Ie==null?-10:I(Ie,i==1?A[Ee.scale]:A[Ee.facets[1].scale],k,0);if(Gn&&Ie!=null){let Dt=R.ori==1?xe:Re,Ft=Ke(Kt.dist(r,G,ve,at,Dt));if(Ft<nn){let Gt=Kt.bias;if(Gt!=0){let gt=Jt(Dt,Ee.scale),Rt=Ie>=0?1:-1,$t=gt>=0?1:-1;$t==Rt&&($t==1?Gt==1?Ie>=gt:Ie<=gt:Gt==1?Ie<=gt:Ie>=gt)&&(nn=Ft,dn=G)}else nn=Ft,dn=G}}if(Nt||Hn){let Dt,Ft;R.ori==0?(Dt=mt,Ft=at):(Dt=at,Ft=mt);let Gt,gt,Rt,$t,Ht,st,ht=!0,Nn=nt.bbox;if(Nn!=null){ht=!1;let lt=Nn(r,G);Rt=lt.left,$t=lt.top,Gt=lt.width,gt=lt.height}else Rt=Dt,$t=Ft,Gt=gt=nt.size(r,G);if(st=nt.fill(r,G),Ht=nt.stroke(r,G),Hn)G==dn&&nn<=Kt.prox&&(V=Rt,W=$t,te=Gt,me=gt,fe=ht,ae=st,Y=Ht);else{let lt=Ct[G];lt!=null&&(jn[G]=Rt,Qn[G]=$t,tu(lt,Gt,gt,ht),Xl(lt,st,Ht),Xt(lt,It(Rt),It($t),oe,U))}}}}if(Hn){let G=Kt.prox,Ee=Tn==null?nn<=G:nn>G||dn!=Tn;if(Nt||Ee){let Pe=Ct[0];Pe!=null&&(jn[0]=V,Qn[0]=W,tu(Pe,te,me,fe),Xl(Pe,ae,Y),Xt(Pe,It(V),It(W),oe,U))}}}if(Te.show&&un)if(a!=null){let[T,M]=Fe.scales,[B,V]=Fe.match,[W,te]=a.cursor.sync.scales,me=a.cursor.drag;if(Ge=me._x,He=me._y,Ge||He){let{left:fe,top:ae,width:Y,height:G}=a.select,Ee=a.scales[W].ori,Pe=a.posToVal,Qe,ve,Ie,mt,at,Dt=T!=null&&B(T,W),Ft=M!=null&&V(M,te);Dt&&Ge?(Ee==0?(Qe=fe,ve=Y):(Qe=ae,ve=G),Ie=A[T],mt=$(Pe(Qe,W),Ie,_,0),at=$(Pe(Qe+ve,W),Ie,_,0),Rr(Ut(mt,at),Ke(at-mt))):Rr(0,_),Ft&&He?(Ee==1?(Qe=fe,ve=Y):(Qe=ae,ve=G),Ie=A[M],mt=I(Pe(Qe,te),Ie,k,0),at=I(Pe(Qe+ve,te),Ie,k,0),Mr(Ut(mt,at),Ke(at-mt))):Mr(0,k)}else _i()}else{let T=Ke(Ua-Ba),M=Ke(Wa-Va);if(R.ori==1){let te=T;T=M,M=te}Ge=et.x&&T>=et.dist,He=et.y&&M>=et.dist;let B=et.uni;B!=null?Ge&&He&&(Ge=T>=B,He=M>=B,!Ge&&!He&&(M>T?He=!0:Ge=!0)):et.x&&et.y&&(Ge||He)&&(Ge=He=!0);let V,W;Ge&&(R.ori==0?(V=nr,W=xe):(V=rr,W=Re),Rr(Ut(V,W),Ke(W-V)),He||Mr(0,k)),He&&(R.ori==1?(V=nr,W=xe):(V=rr,W=Re),Mr(Ut(V,W),Ke(W-V)),Ge||Rr(0,_)),!Ge&&!He&&(Rr(0,0),Mr(0,0))}if(et._x=Ge,et._y=He,a==null){if(d){if(ts!=null){let[T,M]=Fe.scales;Fe.values[0]=T!=null?Jt(R.ori==0?xe:Re,T):null,Fe.values[1]=M!=null?Jt(R.ori==1?xe:Re,M):null}Ir(ji,r,xe,Re,oe,U,p)}if(Gn){let T=d&&Fe.setSeries,M=Kt.prox;Tn==null?nn<=M&&qt(dn,ir,!0,T):nn>M?qt(null,ir,!0,T):dn!=Tn&&qt(dn,ir,!0,T)}}Nt&&(ee.idx=p,bi()),l!==!1&&je("setCursor")}let fn=null;Object.defineProperty(r,"rect",{get(){return fn==null&&Pr(!1),fn}});function Pr(a=!1){a?fn=null:(fn=w.getBoundingClientRect(),je("syncRect",fn))}function qa(a,l,d,p,v,_,k){K._lock||un&&a!=null&&a.movementX==0&&a.movementY==0||(yi(a,l,d,p,v,_,k,!1,a!=null),a!=null?En(null,!0,!0):En(l,!0,!1))}function yi(a,l,d,p,v,_,k,T,M){if(fn==null&&Pr(!1),An(a),a!=null)d=a.clientX-fn.left,p=a.clientY-fn.top;else{if(d<0||p<0){xe=-10,Re=-10;return}let[B,V]=Fe.scales,W=l.cursor.sync,[te,me]=W.values,[fe,ae]=W.scales,[Y,G]=Fe.match,Ee=l.axes[0].side%2==1,Pe=R.ori==0?oe:U,Qe=R.ori==1?oe:U,ve=Ee?_:v,Ie=Ee?v:_,mt=Ee?p:d,at=Ee?d:p;if(fe!=null?d=Y(B,fe)?c(te,A[B],Pe,0):-10:d=Pe*(mt/ve),ae!=null?p=G(V,ae)?c(me,A[V],Qe,0):-10:p=Qe*(at/Ie),R.ori==1){let Dt=d;d=p,p=Dt}}M&&(l==null||l.cursor.event.type==ji)&&((d<=1||d>=oe-1)&&(d=On(d,oe)),(p<=1||p>=U-1)&&(p=On(p,U))),T?(Ba=d,Va=p,[nr,rr]=K.move(r,d,p)):(xe=d,Re=p)}let vi={width:0,height:0,left:0,top:0};function _i(){lo(vi,!1)}let Ja,Ga,Ha,ja;function Qa(a,l,d,p,v,_,k){un=!0,Ge=He=et._x=et._y=!1,yi(a,l,d,p,v,_,k,!0,!1),a!=null&&(it(Qi,ta,Ya,!1),Ir(Jl,r,nr,rr,oe,U,null));let{left:T,top:M,width:B,height:V}=Te;Ja=T,Ga=M,Ha=B,ja=V}function Ya(a,l,d,p,v,_,k){un=et._x=et._y=!1,yi(a,l,d,p,v,_,k,!1,!0);let{left:T,top:M,width:B,height:V}=Te,W=B>0||V>0,te=Ja!=T||Ga!=M||Ha!=B||ja!=V;if(W&&te&&lo(Te),et.setScale&&W&&te){let me=T,fe=B,ae=M,Y=V;if(R.ori==1&&(me=M,fe=V,ae=T,Y=B),Ge&&cn(O,Jt(me,O),Jt(me+fe,O)),He)for(let G in A){let Ee=A[G];G!=O&&Ee.from==null&&Ee.min!=Se&&cn(G,Jt(ae+Y,G),Jt(ae,G))}_i()}else K.lock&&(K._lock=!K._lock,En(l,!0,a!=null));a!=null&&(Kn(Qi,ta),Ir(Qi,r,xe,Re,oe,U,null))}function jc(a,l,d,p,v,_,k){if(K._lock)return;An(a);let T=un;if(un){let M=!0,B=!0,V=10,W,te;R.ori==0?(W=Ge,te=He):(W=He,te=Ge),W&&te&&(M=xe<=V||xe>=oe-V,B=Re<=V||Re>=U-V),W&&M&&(xe=xe<nr?0:oe),te&&B&&(Re=Re<rr?0:U),En(null,!0,!0),un=!1}xe=-10,Re=-10,ie.fill(null),En(null,!0,!0),T&&(un=T)}function Za(a,l,d,p,v,_,k){K._lock||(An(a),ni(),_i(),a!=null&&Ir(jl,r,xe,Re,oe,U,null))}function Xa(){x.forEach(jp),ti(r.width,r.height,!0)}Bn(Bo,br,Xa);let ar={};ar.mousedown=Qa,ar.mousemove=qa,ar.mouseup=Ya,ar.dblclick=Za,ar.setSeries=(a,l,d,p)=>{let v=Fe.match[2];d=v(r,l,d),d!=-1&&qt(d,p,!0,!1)},de&&(it(Jl,w,Qa),it(ji,w,qa),it(Gl,w,a=>{An(a),Pr(!1)}),it(Hl,w,jc),it(jl,w,Za),ua.add(r),r.syncRect=Pr);let uo=r.hooks=e.hooks||{};function je(a,l,d){pi?Dr.push([a,l,d]):a in uo&&uo[a].forEach(p=>{p.call(null,r,l,d)})}(e.plugins||[]).forEach(a=>{for(let l in a.hooks)uo[l]=(uo[l]||[]).concat(a.hooks[l])});let es=(a,l,d)=>d,Fe=Be({key:null,setSeries:!1,filters:{pub:au,sub:au},scales:[O,S[1]?S[1].scale:null],match:[su,su,es],values:[null,null]},K.sync);Fe.match.length==2&&Fe.match.push(es),K.sync=Fe;let ts=Fe.key,Si=rc(ts);function Ir(a,l,d,p,v,_,k){Fe.filters.pub(a,l,d,p,v,_,k)&&Si.pub(a,l,d,p,v,_,k)}Si.sub(r);function Qc(a,l,d,p,v,_,k){Fe.filters.sub(a,l,d,p,v,_,k)&&ar[a](null,l,d,p,v,_,k)}r.pub=Qc;function Yc(){Si.unsub(r),ua.delete(r),vn.clear(),oa(Bo,br,Xa),m.remove(),ce?.remove(),je("destroy")}r.destroy=Yc;function ki(){je("init",e,t),Ra(t||e.data,!1),L[O]?mi(O,L[O]):ni(),no=Te.show&&(Te.width>0||Te.height>0),wn=Nt=!0,ti(e.width,e.height)}return S.forEach(Ca),x.forEach(Cc),n?n instanceof HTMLElement?(n.appendChild(m),ki()):n(r,ki):ki(),r}tt.assign=Be;tt.fmtNum=ha;tt.rangeNum=Vo;tt.rangeLog=zo;tt.rangeAsinh=ma;tt.orient=Un;tt.pxRatio=ge;tt.join=Vf;tt.fmtDate=ya,tt.tzDate=Yf;tt.sync=rc;{tt.addGap=Pp,tt.clipGaps=Jo;let e=tt.paths={points:uc};e.linear=dc,e.stepped=Op,e.bars=Fp,e.spline=Bp}var xa="dupligraph.theme";function Qp(){try{let e=localStorage.getItem(xa);return e==="light"||e==="dark"?e:"auto"}catch{return"auto"}}var xr=vt(Qp()),Tr=vt(0);function gc(){matchMedia("(prefers-color-scheme: dark)").addEventListener("change",()=>Tr.set(Tr.get()+1))}function Ta(e){e==="auto"?delete document.documentElement.dataset.theme:document.documentElement.dataset.theme=e}function hc(){let e=["auto","light","dark"],t=e[(e.indexOf(xr.get())+1)%e.length];try{t==="auto"?localStorage.removeItem(xa):localStorage.setItem(xa,t)}catch{}xr.set(t),Ta(t),Tr.set(Tr.get()+1)}function Zr(e){return getComputedStyle(document.documentElement).getPropertyValue(e).trim()||"#888"}function Xr({title:e,times:t,values:n,format:r,formatTick:i=r}){let s=Br(null),u=We(Tr);rt(()=>{let f=s.current;if(!f||t.length===0)return;let m={stroke:Zr("--text-muted"),grid:{stroke:Zr("--border")},ticks:{stroke:Zr("--border")}},g=new tt({width:Math.max(f.clientWidth,200),height:180,legend:{show:!1},cursor:{show:!0,drag:{x:!1,y:!1}},scales:{x:{time:!0}},axes:[m,{...m,size:80,values:(h,y)=>y.map(i)}],series:[{},{label:e,stroke:Zr("--accent"),fill:`${Zr("--accent")}33`,width:2,points:{show:t.length<60},value:(h,y)=>y==null?"—":r(y)}]},[t,n],f),b=new ResizeObserver(()=>g.setSize({width:Math.max(f.clientWidth,200),height:180}));return b.observe(f),()=>{b.disconnect(),g.destroy()}},[t,n,e,r,i,u]);let c=n.at(-1);return o("figure",{class:"chart",children:[o("figcaption",{children:[o("strong",{children:e}),o("span",{class:"muted",children:t.length===0?" no runs yet":` latest ${r(c??0)}, ${t.length} point${t.length===1?"":"s"}`})]}),o("div",{ref:s,class:"chart-canvas",role:"img","aria-label":`${e} over time`})]})}function Qo({points:e}){let t=sr(()=>({times:e.map(n=>new Date(n.startAt).getTime()/1e3),uploaded:e.map(n=>n.uploadedSize),stored:e.map(n=>n.storageSize),duration:e.map(n=>n.durationMilliseconds/1e3),files:e.map(n=>n.fileCount)}),[e]);return o("section",{"aria-labelledby":"charts-title",children:[o("h2",{id:"charts-title",children:"Over time"}),o("div",{class:"charts",children:[o(Xr,{title:"Uploaded",times:t.times,values:t.uploaded,format:Yt}),o(Xr,{title:"Stored at destination",times:t.times,values:t.stored,format:Yt}),o(Xr,{title:"Duration",times:t.times,values:t.duration,format:No,formatTick:Al}),o(Xr,{title:"Files",times:t.times,values:t.files,format:St})]})]})}var Yo=10;function Zo({owner:e,id:t}){let[n,r]=C({first:Yo}),[i,s]=C(1),u=_t(ll,{id:t,...n},{skip:e!=="job"}),c=_t(ul,{id:t,...n},{skip:e!=="server"}),f=e==="job"?u:c,g=f.data?.node?.backups;if(f.error&&!g)return o("p",{class:"error",children:["Could not read the runs: ",f.error.message]});if(!g)return o("p",{"aria-busy":"true",children:"Loading runs…"});let b=Math.max(1,Math.ceil(g.totalCount/Yo));return o("div",{class:"run-history",children:[o("div",{class:"table-scroll",children:o("table",{class:"runs",children:[o("caption",{class:"visually-hidden",children:"Runs, newest first"}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Started"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Duration"}),o("th",{scope:"col",children:"Uploaded"}),o("th",{scope:"col",children:"Stored"}),o("th",{scope:"col",children:"Files"}),o("th",{scope:"col",children:"Warnings / errors"}),o("th",{scope:"col",children:o("span",{class:"visually-hidden",children:"Details"})})]})}),o("tbody",{children:g.nodes.map(h=>o(Yp,{run:h,showJob:e==="server"},h.id))})]})}),o("nav",{class:"pager","aria-label":"Run history pages",children:[o("button",{type:"button",disabled:i===1,onClick:()=>{r({last:Yo,before:g.pageInfo.startCursor}),s(i-1)},children:"Newer runs"}),o("span",{class:"page-number",children:["Page ",i," of ",b," (",St(g.totalCount)," runs)"]}),o("button",{type:"button",disabled:!g.pageInfo.hasNextPage,onClick:()=>{r({first:Yo,after:g.pageInfo.endCursor}),s(i+1)},children:"Older runs"})]})]})}function Yp({run:e,showJob:t}){let[n,r]=C(!1),i=`run-details-${e.id}`;return o(ye,{children:[o("tr",{"data-run-id":e.id,children:[o("td",{children:[Ne(e.startedAt),t&&o("div",{class:"muted",children:e.backupName})]}),o("td",{children:o(Po,{status:e.status})}),o("td",{children:No(e.durationMilliseconds/1e3)}),o("td",{children:Yt(e.uploadedSize)}),o("td",{children:Yt(e.knownFileSize)}),o("td",{children:St(e.examinedFiles)}),o("td",{children:[e.warningCount," / ",e.errorCount]}),o("td",{children:o("button",{type:"button",class:"link","aria-expanded":n,"aria-controls":i,onClick:()=>r(!n),children:n?"Hide":"Details"})})]}),n&&o("tr",{id:i,class:"run-details",children:o("td",{colSpan:8,children:o(Zp,{run:e})})})]})}function Zp({run:e}){let[t,n]=C(null),[r,i]=C(null);return o("div",{class:"details",children:[o("p",{children:["Ended ",Ne(e.endedAt)," · examined ",Yt(e.sizeOfExaminedFiles)," · Duplicati ",e.version??"unknown"]}),e.errorMessages.length>0&&o(bc,{title:"Errors",lines:e.errorMessages}),e.warningMessages.length>0&&o(bc,{title:"Warnings",lines:e.warningMessages}),t===null?o("button",{type:"button",onClick:()=>ue(cl,{id:e.id}).then(s=>n(s.node?.logLines??[]),s=>i(s.message)),children:"Show log"}):o("pre",{class:"log",children:t.length?t.join(`
`):"No log lines were reported."}),r&&o("p",{class:"error",children:r})]})}function bc({title:e,lines:t}){return o("div",{children:[o("h4",{children:e}),o("ul",{class:"messages",children:t.map((n,r)=>o("li",{children:n},r))})]})}function yc({id:e}){let{data:t,error:n,refetch:r}=_t(al,{id:e}),i=t?.node&&"backupName"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the job: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No backup job has this id (it may have been deleted)."});let{schedule:s,overdue:u}=i,c=i.server.alias||i.server.name;return o(ye,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," / ",o("a",{href:Ye.server(i.server.id),children:c})," /"]}),o("h1",{children:[i.backupName," ",u.isOverdue&&o(Io,{since:u.becameOverdueAt})]}),o("div",{class:"columns",children:[o("section",{class:"card","aria-labelledby":"state-title",children:[o("h2",{id:"state-title",children:"State"}),o("dl",{children:[o("dt",{children:"Last run"}),o("dd",{title:Ne(i.lastBackupAt),children:In(i.lastBackupAt)}),o("dt",{children:"Next expected"}),o("dd",{children:Ne(u.nextExpectedAt)}),o("dt",{children:"Late after"}),o("dd",{children:Ne(u.deadlineAt)}),o("dt",{children:"Overdue"}),o("dd",{children:u.isOverdue?`yes, since ${Ne(u.becameOverdueAt)}`:"no"}),o("dt",{children:"Runs stored"}),o("dd",{children:i.runCount})]})]}),o("section",{class:"card","aria-labelledby":"schedule-title",children:[o("h2",{id:"schedule-title",children:"Schedule"}),o("dl",{children:[o("dt",{children:"Expected every"}),o("dd",{children:s.expectedInterval}),o("dt",{children:"On"}),o("dd",{children:[s.allowedWeekdays.length===7||s.allowedWeekdays.length===0?"every day":s.allowedWeekdays.map(f=>Co[f]).join(", ")," ","(UTC)"]}),o("dt",{children:"Tolerance"}),o("dd",{children:[s.effectiveToleranceMilliseconds/6e4," min",s.toleranceOverrideMilliseconds===null&&" (global default)"]}),o("dt",{children:"Overdue check"}),o("dd",{children:s.overdueCheckEnabled?"on":"off"}),o("dt",{children:"Warning alerts"}),o("dd",{children:s.notificationLevel.toLowerCase()})]}),o("p",{children:o("a",{href:Ye.admin(),children:"Change in Admin"})})]})]}),o(Qo,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Alerts"}),o(Mo,{alerts:i.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Zo,{owner:"job",id:i.id})]})]})}function Xo({jobs:e,caption:t}){let n=We(fr);return e.length===0?o("p",{class:"muted",children:"No backup jobs."}):o("table",{class:"jobs",children:[o("caption",{class:"visually-hidden",children:t}),o("thead",{children:o("tr",{children:[o("th",{scope:"col",children:"Job"}),o("th",{scope:"col",children:"Status"}),o("th",{scope:"col",children:"Last run"}),o("th",{scope:"col",children:"Next expected"})]})}),o("tbody",{children:e.map(r=>{let i=r.latestBackup?.status;return o("tr",{class:n.has(r.id)?"flash":void 0,"data-job-id":r.id,"data-job-name":r.backupName,"data-status":i??"NONE","data-overdue":String(r.overdue.isOverdue),children:[o("th",{scope:"row","data-label":"Job",children:o("a",{href:Ye.job(r.id),children:r.backupName})}),o("td",{"data-label":"Status",children:[o(Po,{status:i})," ",r.overdue.isOverdue&&o(Io,{since:r.overdue.becameOverdueAt})]}),o("td",{"data-label":"Last run",title:Ne(r.lastBackupAt),children:In(r.lastBackupAt)}),o("td",{"data-label":"Next expected",title:Ne(r.overdue.nextExpectedAt),children:r.overdue.nextExpectedAt?In(r.overdue.nextExpectedAt):"—"})]},r.id)})})]})}async function Xp(){let e=await ue(ol,{}),t=[...e.servers.nodes],n=e.servers.pageInfo;for(;n.hasNextPage&&n.endCursor;){let r=await ue(il,{after:n.endCursor});t.push(...r.servers.nodes),n=r.servers.pageInfo}return{...e,servers:t}}function vc(){let{data:e,error:t}=Ki(Xp,"overview"),[n,r]=C(""),[i,s]=C("ALL"),[u,c]=C(!1),[f,m]=C("ALL"),g=sr(()=>{let h=n.trim().toLowerCase();return(e?.servers??[]).filter(y=>f==="ALL"||y.id===f).map(y=>{let w=!h||`${y.name} ${y.alias}`.toLowerCase().includes(h),D=y.backupJobs.filter(E=>(w||E.backupName.toLowerCase().includes(h))&&(i==="ALL"||(E.latestBackup?.status??"NONE")===i)&&(!u||E.overdue.isOverdue));return{server:y,jobs:D,visible:!(h||i!=="ALL"||u)||D.length>0}}).filter(y=>y.visible)},[e,n,i,u,f]);if(!e)return t?o("p",{class:"error",children:["Could not read the overview: ",t.message]}):o("p",{"aria-busy":"true",children:"Loading…"});let{summary:b}=e;return o(ye,{children:[o("h1",{children:"Overview"}),t&&o("p",{class:"error",role:"alert",children:["Could not refresh: ",t.message]}),o("ul",{class:"tiles","aria-label":"Summary",children:[o(yn,{label:"Servers",value:St(b.totalServers)}),o(yn,{label:"Backup jobs",value:St(b.totalBackupJobs)}),o(yn,{label:"Runs stored",value:St(b.totalBackupRuns)}),o(yn,{label:"Overdue jobs",value:St(b.overdueBackupJobCount),alert:b.overdueBackupJobCount>0}),o(yn,{label:"Open alerts",value:St(e.activeAlerts.totalCount),alert:e.activeAlerts.totalCount>0}),o(yn,{label:"Stored at destinations",value:Yt(b.totalStorageUsed)}),o(yn,{label:"Uploaded",value:Yt(b.totalUploadedSize)}),o(yn,{label:"Last backup",value:In(b.lastBackupAt),title:Ne(b.lastBackupAt)})]}),o("form",{class:"filters","aria-label":"Filter jobs",onSubmit:h=>h.preventDefault(),children:[o("div",{class:"field",children:[o("label",{for:"filter-search",children:"Search"}),o("input",{id:"filter-search",type:"search",placeholder:"Server or job name",value:n,onInput:h=>r(h.currentTarget.value)})]}),o("div",{class:"field",children:[o("label",{for:"filter-status",children:"Status"}),o("select",{id:"filter-status",value:i,onChange:h=>s(h.currentTarget.value),children:[o("option",{value:"ALL",children:"All"}),Object.keys(Wr).map(h=>o("option",{value:h,children:Wr[h]},h))]})]}),o("div",{class:"field",children:[o("label",{for:"filter-server",children:"Server"}),o("select",{id:"filter-server",value:f,onChange:h=>m(h.currentTarget.value),children:[o("option",{value:"ALL",children:"All servers"}),e.servers.map(h=>o("option",{value:h.id,children:h.alias||h.name},h.id))]})]}),o("label",{class:"check",children:[o("input",{type:"checkbox",checked:u,onChange:h=>c(h.currentTarget.checked)}),"Only overdue"]})]}),e.servers.length===0&&o("p",{class:"card",children:["No server has reported yet. Point Duplicati at ",o("code",{children:`${location.origin}/api/upload`})," (see the README)."]}),e.servers.length>0&&g.length===0&&o("p",{class:"muted",children:"No job matches these filters."}),o("div",{class:"servers",children:g.map(({server:h,jobs:y})=>o("section",{class:"card server","data-server-id":h.id,"aria-labelledby":`server-${h.id}`,children:[o("h2",{id:`server-${h.id}`,children:[o("a",{href:Ye.server(h.id),children:h.alias||h.name}),h.alias&&o("span",{class:"muted",children:[" (",h.name,")"]})]}),o(Xo,{jobs:y,caption:`Backup jobs of ${h.alias||h.name}`})]},h.id))})]})}function yn({label:e,value:t,alert:n,title:r}){return o("li",{class:`tile${n?" tile-alert":""}`,title:r,children:[o("span",{class:"tile-value",children:t}),o("span",{class:"tile-label",children:e})]})}function em(e){return/^https?:\/\//i.test(e)?e:null}function _c({id:e}){let{data:t,error:n,refetch:r}=_t(sl,{id:e}),i=t?.node&&"serverId"in t.node?t.node:null;if(!t)return n?o("p",{class:"error",children:["Could not read the server: ",n.message]}):o("p",{"aria-busy":"true",children:"Loading…"});if(!i)return o("p",{class:"card",children:"No server has this id (it may have been deleted or merged)."});let s=em(i.url);return o(ye,{children:[o("nav",{"aria-label":"Breadcrumb",class:"breadcrumb",children:[o("a",{href:Ye.overview(),children:"Overview"})," /"]}),o("h1",{children:i.alias||i.name}),o("section",{class:"card","aria-labelledby":"details-title",children:[o("h2",{id:"details-title",children:"Details"}),o("dl",{children:[o("dt",{children:"Machine name"}),o("dd",{children:i.name}),o("dt",{children:"Machine id"}),o("dd",{children:o("code",{children:i.serverId})}),o("dt",{children:"First report"}),o("dd",{children:Ne(i.createdAt)}),i.note&&o(ye,{children:[o("dt",{children:"Note"}),o("dd",{children:i.note})]}),s&&o(ye,{children:[o("dt",{children:"Duplicati"}),o("dd",{children:o("a",{href:s,rel:"noreferrer noopener",target:"_blank",children:s})})]})]})]}),o("section",{class:"card","aria-labelledby":"jobs-title",children:[o("h2",{id:"jobs-title",children:"Backup jobs"}),o(Xo,{jobs:i.backupJobs,caption:`Backup jobs of ${i.alias||i.name}`})]}),o(Qo,{points:i.history}),o("section",{"aria-labelledby":"alerts-title",children:[o("h2",{id:"alerts-title",children:"Open alerts"}),o(Mo,{alerts:t.alerts.nodes,onChange:r})]}),o("section",{"aria-labelledby":"runs-title",children:[o("h2",{id:"runs-title",children:"Run history"}),o(Zo,{owner:"server",id:i.id})]})]})}function Sc(){let e=Tl(),t=We(Rn),n=We(jt),r=We(xr);return rt(()=>_l(),[n]),rt(()=>{document.title=`${nm(e)} · dupligraph`,document.getElementById("main")?.focus({preventScroll:!0})},[e]),o(ye,{children:[o("button",{type:"button",class:"skip-link",onClick:()=>document.getElementById("main")?.focus(),children:"Skip to content"}),o("header",{class:"top",children:[o("a",{class:"brand",href:Ye.overview(),children:"dupligraph"}),o("nav",{"aria-label":"Main",children:[o("a",{href:Ye.overview(),"aria-current":e.page==="overview"?"page":void 0,children:"Overview"}),o("a",{href:Ye.admin(),"aria-current":e.page==="admin"?"page":void 0,children:"Admin"}),o("a",{href:"/graphql",children:"GraphiQL"})]}),o("button",{type:"button",class:"theme-toggle",onClick:hc,"aria-label":`Colour theme: ${r}. Change`,children:["Theme: ",r]})]}),o(Sl,{}),o("main",{id:"main",tabIndex:-1,children:t==="read"?o(Pn,{kind:"read"}):o(tm,{route:e})}),o(kl,{})]})}function tm({route:e}){switch(e.page){case"overview":return o(vc,{});case"server":return o(_c,{id:e.id},e.id);case"job":return o(yc,{id:e.id},e.id);case"admin":return o(Wl,{section:e.section});case"not-found":return o("p",{class:"card",children:["Nothing here (",o("code",{children:e.path}),"). ",o("a",{href:Ye.overview(),children:"Back to the overview"})]})}}function nm(e){return{overview:"Overview",server:"Server",job:"Backup job",admin:"Admin","not-found":"Not found"}[e.page]}Ta(xr.get());gc();gs(o(Sc,{}),document.getElementById("app"));
